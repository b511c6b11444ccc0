@serial
Feature: obshell maintenance lock
  A scale-in DAG holds the cluster's maintenance lock until it finishes: a second scale-in meanwhile is refused
  with 500 OB.Cluster.UnderMaintenanceWithDag. Each scenario then follows the first DAG to its end. The second
  request names another removable node when one is free, else the profile's majority-at-risk node (a member; without
  force_kill the majority rule does not apply to it), so a cluster with one removable node can still show the lock.

  @req:OBS-019 @must @consumes-node
  Scenario: a second scale-in is refused while a scale-in DAG runs
    Given a removable node
    And another member the maintenance lock must refuse
    When I ask to remove the node
    Then the answer is a DAG with these fields:
      | field | value |
      | state | READY |
    When I ask to remove the other node
    Then the answer is an error envelope
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |

  @req:OBS-020 @should @consumes-node
  Scenario: the refusal is 500 OB.Cluster.UnderMaintenanceWithDag
    Given a removable node
    And another member the maintenance lock must refuse
    When I ask to remove the node
    And I ask to remove the other node
    Then the answer is an error envelope with status 500
    And the error code is "OB.Cluster.UnderMaintenanceWithDag"
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |
