@serial
Feature: obshell scale-in agent_info validation
  agent_info is required, with a non-empty string ip and a non-zero integer port (ob/param/ob.go,
  ob/agent/meta/agent.go). Anything that does not bind - a missing field, a wrong JSON type, malformed JSON,
  an empty body (which counts as {}) - is answered 400 Common.BindJsonFailed. There is no ip-format or
  port-range check. $ip and $port stand for a removable node of the profile.

  @req:OBS-010 @must
  Scenario Outline: a body that does not bind is refused with 400 (<case>)
    Given a removable node
    When I send the scale-in body '<body>'
    Then the answer is an error envelope with status 400

    Examples:
      | case                   | body                                       |
      | agent_info missing     | {"force_kill":false}                       |
      | empty body             |                                            |
      | ip empty               | {"agent_info":{"ip":"","port":$port}}      |
      | ip missing             | {"agent_info":{"port":$port}}              |
      | port 0                 | {"agent_info":{"ip":"$ip","port":0}}       |
      | port missing           | {"agent_info":{"ip":"$ip"}}                |
      | port as a string       | {"agent_info":{"ip":"$ip","port":"$port"}} |
      | ip as a number         | {"agent_info":{"ip":10,"port":$port}}      |
      | agent_info as a string | {"agent_info":"$ip:$port"}                 |
      | body is an array       | [{"agent_info":{"ip":"$ip","port":$port}}] |
      | malformed JSON         | {"agent_info":{"ip":"$ip","port":$port}    |

  @req:OBS-011 @should
  Scenario Outline: a body that does not bind names Common.BindJsonFailed (<case>)
    Given a removable node
    When I send the scale-in body '<body>'
    Then the answer is an error envelope with status 400
    And the error code is "Common.BindJsonFailed"

    Examples:
      | case                   | body                                       |
      | agent_info missing     | {"force_kill":false}                       |
      | empty body             |                                            |
      | ip empty               | {"agent_info":{"ip":"","port":$port}}      |
      | port 0                 | {"agent_info":{"ip":"$ip","port":0}}       |
      | port as a string       | {"agent_info":{"ip":"$ip","port":"$port"}} |
      | agent_info as a string | {"agent_info":"$ip:$port"}                 |
      | malformed JSON         | {"agent_info":{"ip":"$ip","port":$port}    |
