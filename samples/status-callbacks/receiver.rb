# A status callback receiver: Ruby 3.0 or later, standard library only: ruby receiver.rb
# PORT defaults to 3001. SIGNALWIRE_SIGNING_KEY: your project's Signing Key (Dashboard > API
# Credentials); during a key change, SIGNALWIRE_SIGNING_KEY_PREVIOUS: the one before it.
# PUBLIC_URL: the URL SignalWire calls, exactly as given in status_callback (unset: the URL the
# request came to). It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to
# take real callbacks. Ruby 3 no longer ships WEBrick, so this reads HTTP from a plain socket; in
# an application, take the raw body from your framework (Rack: request.body.read).
require "json"
require "openssl"
require "socket"

SIGNING_KEYS = [ENV["SIGNALWIRE_SIGNING_KEY"], ENV["SIGNALWIRE_SIGNING_KEY_PREVIOUS"]].compact.reject(&:empty?)
abort "Set SIGNALWIRE_SIGNING_KEY to your Signing Key." if SIGNING_KEYS.empty?

# SignalWire signs the URL it called followed by the body as sent: hex HMAC-SHA1 with the key.
def signed_by_signalwire?(url, raw_body, signature)
  return false if signature.nil?
  SIGNING_KEYS.any? do |key|
    expected = OpenSSL::HMAC.hexdigest("SHA1", key, url + raw_body)
    # secure_compare takes as long whatever matches, so timing tells an attacker nothing.
    OpenSSL.secure_compare(expected, signature)
  end
end

# Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
handled = {}
FINAL_STATUSES = %w[delivered undelivered failed].freeze

def answer(client, status)
  client.write("HTTP/1.1 #{status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
  client.close
end

server = TCPServer.new("127.0.0.1", Integer(ENV.fetch("PORT", "3001")))
puts "Listening for status callbacks"
$stdout.flush
loop do
  client = server.accept
  # A client that hangs up mid-request costs that request only, not the server.
  begin
  target = client.gets.to_s.split(" ")[1].to_s
  headers = {}
  while (line = client.gets) && line != "\r\n"
    name, value = line.split(":", 2)
    headers[name.strip.downcase] = value.to_s.strip
  end
  # The body's bytes as they came, before any parsing: a parsed and re-serialized body differs.
  raw_body = client.read(headers["content-length"].to_i).to_s.b
  url = ENV.fetch("PUBLIC_URL", "http://#{headers["host"]}#{target}").b
  unless signed_by_signalwire?(url, raw_body, headers["x-signalwire-signature"])
    answer(client, "403 Forbidden")
    next
  end
  # Answer 200 first and quickly; do slow work after answering.
  answer(client, "200 OK")
  event = JSON.parse(raw_body.force_encoding("UTF-8")) rescue next
  # SignalWire signs its other webhooks the same way: handle message status events only.
  next unless event.is_a?(Hash) && event["id"] && event["status"]
  key = [event["id"], event["status"]]
  next if handled[key]
  handled[key] = true
  final = FINAL_STATUSES.include?(event["status"]) ? " (final)" : ""
  # error_code can be null while error_message says what failed: print whichever is there.
  error = event["error_code"] || event["error_message"] ? " #{event["error_code"] || "no code"}: #{event["error_message"]}" : ""
  # The custom_variables the message was sent with, if any, come back with every event.
  variables = (event["custom_variables"] || {}).map { |name, value| " #{name}=#{value}" }.join
  puts "#{event["id"]} #{event["status"]}#{final}#{error}#{variables}"
  $stdout.flush
  rescue IOError, SystemCallError
    client.close
  end
end
