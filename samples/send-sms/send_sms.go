// Go 1.18 or later, standard library only: go run send_sms.go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

func main() {
	payload, _ := json.Marshal(map[string]string{
		"to":   "+15550001111",
		"from": "+15559876543",
		"body": "Hello from SignalWire",
	})
	request, _ := http.NewRequest("POST", os.Getenv("SIGNALWIRE_SPACE_URL")+"/api/messaging/messages", bytes.NewReader(payload))
	request.SetBasicAuth(os.Getenv("SIGNALWIRE_PROJECT_ID"), os.Getenv("SIGNALWIRE_API_TOKEN"))
	request.Header.Set("Content-Type", "application/json")

	response, err := http.DefaultClient.Do(request)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer response.Body.Close()

	switch response.StatusCode {
	case http.StatusCreated:
		var message struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		}
		if err := json.NewDecoder(response.Body).Decode(&message); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("Message %s is %s.\n", message.ID, message.Status)
	case http.StatusUnprocessableEntity:
		// The request broke one or more rules: one entry each.
		var failure struct {
			Errors []struct {
				Code    string `json:"code"`
				Message string `json:"message"`
				URL     string `json:"url"`
			} `json:"errors"`
		}
		json.NewDecoder(response.Body).Decode(&failure)
		for _, e := range failure.Errors {
			fmt.Fprintf(os.Stderr, "%s: %s %s\n", e.Code, e.Message, e.URL)
		}
		os.Exit(1)
	default:
		// Any other error: {"error": "Unauthorized"} and the like, or no JSON at all (a proxy's page).
		var failure struct {
			Error string `json:"error"`
		}
		if json.NewDecoder(response.Body).Decode(&failure) != nil || failure.Error == "" {
			failure.Error = http.StatusText(response.StatusCode)
		}
		fmt.Fprintf(os.Stderr, "HTTP %d: %s\n", response.StatusCode, failure.Error)
		os.Exit(1)
	}
}
