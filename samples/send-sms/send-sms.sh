curl -X POST "$SIGNALWIRE_SPACE_URL/api/messaging/messages" \
  -u "$SIGNALWIRE_PROJECT_ID:$SIGNALWIRE_API_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
    "to": "+15550001111",
    "from": "+15559876543",
    "body": "Hello from SignalWire"
  }'
