# Ruby 2.7 or later, standard library only.
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
result = JSON.parse(response.body)

unless response.is_a?(Net::HTTPCreated)
  result["errors"].each { |error| warn "#{error["code"]}: #{error["message"]} #{error["url"]}" }
  exit 1
end
puts "Message #{result["id"]} is #{result["status"]}."
