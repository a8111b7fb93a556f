# Ruby 2.7 or later, standard library only: ruby send_sms.rb
require "json"
require "net/http"

uri = URI("#{ENV.fetch("SIGNALWIRE_SPACE_URL")}/api/messaging/messages")
request = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")
request.basic_auth(ENV.fetch("SIGNALWIRE_PROJECT_ID"), ENV.fetch("SIGNALWIRE_API_TOKEN"))
request.body = {
  to: "+15550001111",
  from: "+15559876543",
  body: "Hello from SignalWire"
}.to_json

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }

case response
when Net::HTTPCreated
  message = JSON.parse(response.body)
  puts "Message #{message["id"]} is #{message["status"]}."
when Net::HTTPUnprocessableEntity
  # The request broke one or more rules: one entry each.
  JSON.parse(response.body)["errors"].each { |error| warn "#{error["code"]}: #{error["message"]} #{error["url"]}" }
  exit 1
else
  # Any other error: {"error": "Unauthorized"} and the like, or no JSON at all (a proxy's page).
  reason = begin
    JSON.parse(response.body.to_s)["error"]
  rescue JSON::ParserError, TypeError, NoMethodError
    nil
  end
  warn "HTTP #{response.code}: #{reason || response.message}"
  exit 1
end
