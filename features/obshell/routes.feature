@serial
Feature: obshell scale-in routes
  The page names two routes for removing a node, DELETE /api/v1/observer (the obshell CLI) and
  POST /api/v1/ob/scale_in (the SDKs). Both reach the same handler with the same JSON body, so every outcome
  must be the same on both.

  @req:OBS-001 @must @consumes-node
  Scenario Outline: both routes accept the scale-in body and remove the node
    Given the scale-in route is "<route>"
    And a removable node
    When I ask to remove the node
    Then the answer is a DAG with these fields:
      | field | value            |
      | name  | Cluster scale in |
      | state | READY            |
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |
    And the node is no longer a member

    Examples:
      | route                    |
      | POST /api/v1/ob/scale_in |
      | DELETE /api/v1/observer  |

  @req:OBS-001 @must
  Scenario Outline: both routes refuse a body without agent_info the same way
    Given the scale-in route is "<route>"
    And a removable node
    When I send the scale-in body '{"force_kill":false}'
    Then the answer is an error envelope with status 400

    Examples:
      | route                    |
      | POST /api/v1/ob/scale_in |
      | DELETE /api/v1/observer  |

  @req:OBS-001 @must
  Scenario Outline: both routes answer 204 for a node that is not a member
    Given the scale-in route is "<route>"
    And the profile's node that is not a member
    When I ask to remove the node
    Then the answer is 204 without a body

    Examples:
      | route                    |
      | POST /api/v1/ob/scale_in |
      | DELETE /api/v1/observer  |
