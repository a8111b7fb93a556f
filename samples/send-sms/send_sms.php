<?php
// PHP 7.4 or later with the curl extension.
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
]);
$result = json_decode(curl_exec($curl), true);
$status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);

if ($status !== 201) {
    foreach ($result['errors'] as $error) {
        fwrite(STDERR, "{$error['code']}: {$error['message']} {$error['url']}\n");
    }
    exit(1);
}
echo "Message {$result['id']} is {$result['status']}.\n";
