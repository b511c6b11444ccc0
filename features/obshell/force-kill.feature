@serial
Feature: obshell scale-in force_kill
  force_kill is a JSON boolean, default false (ob/param/ob.go). The page types it as map[string]string: that is
  wrong, and the harness follows the server. With force_kill the DAG first checks that no log stream loses its
  majority and kills the observer before deleting it: 6 stages instead of 5.

  @req:OBS-012 @must
  Scenario Outline: force_kill that is not a boolean is refused with 400 (<case>)
    Given a removable node
    When I send the scale-in body '<body>'
    Then the answer is an error envelope with status 400
    And the page's map type for force_kill is noted as wrong

    Examples:
      | case                       | body                                                          |
      | a string                   | {"agent_info":{"ip":"$ip","port":$port},"force_kill":"true"}  |
      | a map, as the page says    | {"agent_info":{"ip":"$ip","port":$port},"force_kill":{"a":"b"}} |
      | a number                   | {"agent_info":{"ip":"$ip","port":$port},"force_kill":1}       |

  @req:OBS-011 @should
  Scenario Outline: force_kill that is not a boolean names Common.BindJsonFailed (<case>)
    Given a removable node
    When I send the scale-in body '<body>'
    Then the answer is an error envelope with status 400
    And the error code is "Common.BindJsonFailed"

    Examples:
      | case     | body                                                            |
      | a string | {"agent_info":{"ip":"$ip","port":$port},"force_kill":"true"}    |
      | a map    | {"agent_info":{"ip":"$ip","port":$port},"force_kill":{"a":"b"}} |

  @req:OBS-013 @must @consumes-node
  Scenario: with force_kill the DAG has 6 stages
    Given a removable node
    When I ask to remove the node with force_kill true
    Then the answer is a DAG with these fields:
      | field     | value            |
      | name      | Cluster scale in |
      | max_stage | 6                |
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |
    And the page's map type for force_kill is noted as wrong

  @req:OBS-013 @must @consumes-node
  Scenario: with force_kill false the DAG has 5 stages
    Given a removable node
    When I ask to remove the node with force_kill false
    Then the answer is a DAG with these fields:
      | field     | value |
      | max_stage | 5     |
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |

  @req:OBS-014 @should
  Scenario: a forced removal that would cost a log stream its majority is refused
    Given a node whose forced removal would cost a log stream its majority
    When I ask to remove the node with force_kill true
    Then the answer is an error envelope with status 400
    And the error code is "OB.Cluster.MultiPaxosNotAlive"
