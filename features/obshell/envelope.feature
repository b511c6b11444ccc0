@serial
Feature: obshell response envelope
  Every answer with a body is {successful, timestamp, duration, status, traceId, data | error}
  (ob/agent/lib/http/response.go): status equals the HTTP status, data is absent on errors, error carries
  errCode (or the legacy numeric code) and a message, timestamp is RFC 3339, duration a non-negative integer.
  A 204 carries no body at all.

  @req:OBS-002 @must @consumes-node
  Scenario: a success answer carries the envelope fields with their types
    Given a removable node
    When I ask to remove the node
    Then the answer is a success envelope
    When I follow the DAG until it finishes
    Then the answer is a success envelope

  @req:OBS-002 @must
  Scenario: an unauthenticated route answers in the same envelope
    When I get "/api/v1/info" without authentication
    Then the answer is a success envelope

  @req:OBS-003 @must
  Scenario Outline: an error answer carries the envelope fields, error and no data (<case>)
    Given a removable node
    And the next request carries "<fault>"
    When I send the scale-in body '<body>'
    Then the answer is an error envelope

    Examples:
      | case                 | fault                   | body                                     |
      | missing auth header  | no auth header          | {"agent_info":{"ip":"$ip","port":$port}} |
      | wrong password       | a wrong password        | {"agent_info":{"ip":"$ip","port":$port}} |
      | undecryptable header | an undecryptable header | {"agent_info":{"ip":"$ip","port":$port}} |

  @req:OBS-003 @must
  Scenario: a refused body is answered in the error envelope
    Given a removable node
    When I send the scale-in body '{"agent_info":{"ip":"$ip","port":0}}'
    Then the answer is an error envelope with status 400

  @req:OBS-003 @must
  Scenario: a refused self-removal is answered in the error envelope
    Given the agent's own node
    When I ask to remove the node
    Then the answer is an error envelope with status 400

  @req:OBS-003 @must
  Scenario: polling a DAG that does not exist is answered in the error envelope
    When I poll a DAG that does not exist
    Then the answer is an error envelope

  @req:OBS-034 @should
  Scenario: polling a DAG that does not exist answers 404 Task.NotFound
    When I poll a DAG that does not exist
    Then the answer is an error envelope with status 404
    And the error code is "Task.NotFound"

  @req:OBS-034 @should
  Scenario: polling a DAG by an id that is not a generic DAG id answers 400 Task.GenericID.Invalid
    When I poll the DAG with the id "not-a-dag"
    Then the answer is an error envelope with status 400
    And the error code is "Task.GenericID.Invalid"

  @req:OBS-035 @should
  Scenario: an unknown route answers 404 Common.NotFound
    When I get "/api/v1/conformance-no-such-route" without authentication
    Then the answer is an error envelope with status 404
    And the error code is "Common.NotFound"

  @req:OBS-005 @should @consumes-node
  Scenario: the traceId echoes X-OBSHELL-Trace-ID on success
    Given a removable node
    And the next request sends the trace id "conformance0001"
    When I ask to remove the node
    Then the answer is a success envelope
    And the traceId echoes the trace id sent
    When I follow the DAG until it finishes
    Then the answer is a success envelope

  @req:OBS-005 @should
  Scenario: the traceId echoes X-OBSHELL-Trace-ID on an error
    Given a removable node
    And the next request sends the trace id "conformance0002"
    When I send the scale-in body '{"agent_info":{"ip":"","port":$port}}'
    Then the answer is an error envelope with status 400
    And the traceId echoes the trace id sent
