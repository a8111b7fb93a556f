<?php
// A status callback receiver: PHP 7.4 or later, no extensions beyond the default ones. PHP's
// built-in server runs it as its router: php -S 127.0.0.1:3001 receiver.php
// SIGNALWIRE_SIGNING_KEY: your project's Signing Key (Dashboard > API Credentials); during a key
// change, SIGNALWIRE_SIGNING_KEY_PREVIOUS: the one before it. PUBLIC_URL: the URL SignalWire
// calls, exactly as given in status_callback (unset: the URL the request came to). Put a tunnel or
// a reverse proxy in front of it to take real callbacks; in production, serve it with PHP-FPM.

// SignalWire signs the URL it called followed by the body as sent: hex HMAC-SHA1 with the key.
function signedBySignalWire(string $url, string $rawBody, ?string $signature): bool
{
    if ($signature === null) {
        return false;
    }
    foreach ([getenv('SIGNALWIRE_SIGNING_KEY'), getenv('SIGNALWIRE_SIGNING_KEY_PREVIOUS')] as $key) {
        // hash_equals takes as long whatever matches, so timing tells an attacker nothing.
        if ($key !== false && $key !== '' && hash_equals(hash_hmac('sha1', $url . $rawBody, $key), $signature)) {
            return true;
        }
    }
    return false;
}

// The body's bytes as they came, before any parsing: a parsed and re-serialized body differs.
$rawBody = file_get_contents('php://input');
$url = getenv('PUBLIC_URL') ?: "http://{$_SERVER['HTTP_HOST']}{$_SERVER['REQUEST_URI']}";
if (!signedBySignalWire($url, $rawBody, $_SERVER['HTTP_X_SIGNALWIRE_SIGNATURE'] ?? null)) {
    http_response_code(403);
    exit;
}
// Answer 200 first and quickly; do slow work after answering.
http_response_code(200);
header('Content-Length: 0');
flush();

$event = json_decode($rawBody, true);
// SignalWire signs its other webhooks the same way: handle message status events only.
if (!isset($event['id'], $event['status'])) {
    exit;
}
// Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
// PHP forgets everything between requests, so the keys go in a file here: use your database.
$handled = fopen(sys_get_temp_dir() . '/signalwire-status-callbacks-handled.txt', 'c+');
flock($handled, LOCK_EX);
$key = "{$event['id']}:{$event['status']}";
if (in_array($key, explode("\n", stream_get_contents($handled)), true)) {
    exit;
}
fwrite($handled, "$key\n");
flock($handled, LOCK_UN);

$final = in_array($event['status'], ['delivered', 'undelivered', 'failed'], true) ? ' (final)' : '';
// error_code can be null while error_message says what failed: print whichever is there.
$error = (!empty($event['error_code']) || !empty($event['error_message']))
    ? ' ' . ($event['error_code'] ?? 'no code') . ': ' . ($event['error_message'] ?? '')
    : '';
// The custom_variables the message was sent with, if any, come back with every event.
$variables = '';
foreach ($event['custom_variables'] ?? [] as $name => $value) {
    $variables .= " $name=$value";
}
// The built-in server's console: what the router prints to php://stdout shows there.
file_put_contents('php://stdout', "{$event['id']} {$event['status']}$final$error$variables\n");
