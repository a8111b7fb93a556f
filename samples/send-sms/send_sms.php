<?php
// PHP 7.4 or later with the curl extension: php send_sms.php
$curl = curl_init(getenv('SIGNALWIRE_SPACE_URL') . '/api/messaging/messages');
curl_setopt_array($curl, [
    CURLOPT_POST => true,
    CURLOPT_USERPWD => getenv('SIGNALWIRE_PROJECT_ID') . ':' . getenv('SIGNALWIRE_API_TOKEN'),
    CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
    CURLOPT_POSTFIELDS => json_encode([
        'to' => '+15550001111',
        'from' => '+15559876543',
        'body' => 'Hello from SignalWire',
    ]),
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HEADER => true, // the headers come first, with the status line
]);
$response = curl_exec($curl);
if ($response === false) {
    fwrite(STDERR, curl_error($curl) . "\n");
    exit(1);
}
$status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
$headers = substr($response, 0, curl_getinfo($curl, CURLINFO_HEADER_SIZE));
$result = json_decode(substr($response, strlen($headers)), true);

if ($status === 422) {
    // The request broke one or more rules: one entry each.
    foreach ($result['errors'] as $error) {
        fwrite(STDERR, "{$error['code']}: {$error['message']} {$error['url']}\n");
    }
    exit(1);
}
if ($status !== 201) {
    // Any other error: {"error": "Unauthorized"} and the like, or no JSON at all (a proxy's page),
    // then the reason phrase of the last status line.
    preg_match_all('#^HTTP/\S+ \d{3} ?([^\r\n]*)#m', $headers, $reasons);
    fwrite(STDERR, "HTTP $status: " . ($result['error'] ?? end($reasons[1])) . "\n");
    exit(1);
}
echo "Message {$result['id']} is {$result['status']}.\n";
