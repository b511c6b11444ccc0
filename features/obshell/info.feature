@serial
Feature: obshell public routes
  GET /api/v1/secret publishes the agent's RSA public key (base64 of a PKCS#1 DER key) and GET /api/v1/info
  describes the agent; neither needs authentication. The Python SDK needs identity spelled exactly
  "CLUSTER AGENT" and supportedAuth listing "v1" and/or "v2".

  @req:OBS-032 @should
  Scenario: /api/v1/info names a cluster agent and the auth versions it supports
    When I get "/api/v1/info" without authentication
    Then the answer is a success envelope
    And the answer matches the schema "info.schema.json"
    And the field "$.data.identity" is "CLUSTER AGENT"

  @req:OBS-033 @should
  Scenario: /api/v1/secret publishes the public key
    When I get "/api/v1/secret" without authentication
    Then the answer is a success envelope
    And the answer matches the schema "secret.schema.json"
    And the public key is a base64 PKCS#1 RSA public key
