// A status callback receiver: Go 1.18 or later, standard library only: go run receiver.go
// PORT defaults to 3001. SIGNALWIRE_SIGNING_KEY: your project's Signing Key (Dashboard > API
// Credentials); during a key change, SIGNALWIRE_SIGNING_KEY_PREVIOUS: the one before it.
// PUBLIC_URL: the URL SignalWire calls, exactly as given in status_callback (unset: the URL the
// request came to). It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to
// take real callbacks.
package main

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"sync"
)

var signingKeys []string

// SignalWire signs the URL it called followed by the body as sent: hex HMAC-SHA1 with the key.
func signedBySignalWire(url string, rawBody []byte, signature string) bool {
	for _, key := range signingKeys {
		mac := hmac.New(sha1.New, []byte(key))
		mac.Write([]byte(url))
		mac.Write(rawBody)
		expected := hex.EncodeToString(mac.Sum(nil))
		// hmac.Equal takes as long whatever matches, so timing tells an attacker nothing.
		if hmac.Equal([]byte(expected), []byte(signature)) {
			return true
		}
	}
	return false
}

type event struct {
	ID              string            `json:"id"`
	Status          string            `json:"status"`
	ErrorCode       *string           `json:"error_code"`
	ErrorMessage    *string           `json:"error_message"`
	CustomVariables map[string]string `json:"custom_variables"`
}

// Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
var (
	handled       = map[string]bool{}
	handledMutex  sync.Mutex
	finalStatuses = map[string]bool{"delivered": true, "undelivered": true, "failed": true}
)

func statusCallback(response http.ResponseWriter, request *http.Request) {
	// The body's bytes as they came, before any parsing: a parsed and re-serialized body differs.
	rawBody, err := io.ReadAll(request.Body)
	if err != nil {
		response.WriteHeader(http.StatusBadRequest)
		return
	}
	url := os.Getenv("PUBLIC_URL")
	if url == "" {
		url = "http://" + request.Host + request.RequestURI
	}
	if !signedBySignalWire(url, rawBody, request.Header.Get("X-SignalWire-Signature")) {
		response.WriteHeader(http.StatusForbidden)
		return
	}
	// Answer 200 first and quickly; do slow work after answering.
	response.WriteHeader(http.StatusOK)
	var e event
	// SignalWire signs its other webhooks the same way: handle message status events only.
	if json.Unmarshal(rawBody, &e) != nil || e.ID == "" || e.Status == "" {
		return
	}
	handledMutex.Lock()
	key := e.ID + ":" + e.Status
	seen := handled[key]
	handled[key] = true
	handledMutex.Unlock()
	if seen {
		return
	}
	line := e.ID + " " + e.Status
	if finalStatuses[e.Status] {
		line += " (final)"
	}
	// error_code can be null while error_message says what failed: print whichever is there.
	if e.ErrorCode != nil || e.ErrorMessage != nil {
		code, message := "no code", ""
		if e.ErrorCode != nil {
			code = *e.ErrorCode
		}
		if e.ErrorMessage != nil {
			message = *e.ErrorMessage
		}
		line += " " + code + ": " + message
	}
	// The custom_variables the message was sent with, if any, come back with every event.
	names := make([]string, 0, len(e.CustomVariables))
	for name := range e.CustomVariables {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		line += " " + name + "=" + e.CustomVariables[name]
	}
	fmt.Println(line)
}

func main() {
	for _, name := range []string{"SIGNALWIRE_SIGNING_KEY", "SIGNALWIRE_SIGNING_KEY_PREVIOUS"} {
		if key := os.Getenv(name); key != "" {
			signingKeys = append(signingKeys, key)
		}
	}
	if len(signingKeys) == 0 {
		fmt.Fprintln(os.Stderr, "Set SIGNALWIRE_SIGNING_KEY to your Signing Key.")
		os.Exit(1)
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "3001"
	}
	http.HandleFunc("/", statusCallback)
	listener, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("Listening for status callbacks")
	fmt.Fprintln(os.Stderr, http.Serve(listener, nil))
	os.Exit(1)
}
