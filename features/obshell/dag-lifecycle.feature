@serial
Feature: obshell scale-in DAG lifecycle
  An accepted scale-in answers 200 with a DagDetailDTO (ob/agent/engine/task/task_dto.go). The client polls
  GET /api/v1/task/dag/{id} until the DAG is SUCCEED or FAILED; after SUCCEED the node has left the cluster.

  @req:OBS-006 @must @consumes-node
  Scenario: the DAG on creation
    Given a removable node
    When I ask to remove the node
    Then the answer is a DAG with these fields:
      | field     | value            |
      | name      | Cluster scale in |
      | stage     | 1                |
      | state     | READY            |
      | operator  | RUN              |
      | max_stage | 5                |
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |

  @req:OBS-007 @should @consumes-node
  Scenario: the DAG on creation has not started and carries no details
    Given a removable node
    When I ask to remove the node
    Then the answer is a DAG with these fields:
      | field            | value                |
      | start_time       | 0001-01-01T00:00:00Z |
      | end_time         | 0001-01-01T00:00:00Z |
      | nodes            | null                 |
      | additional_data  | null                 |
      | maintenance_type | 2                    |
    And the DAG id is the digit 1 followed by its dag_id
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |

  @req:OBS-008 @must @consumes-node
  Scenario: the DAG reaches SUCCEED and the node leaves the cluster
    Given a removable node
    When I ask to remove the node
    And I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field    | value   |
      | state    | SUCCEED |
      | operator | RUN     |
    And the node is no longer a member

  @req:OBS-009 @should @consumes-node
  Scenario: show_details=true lists every stage with its sub-tasks
    Given a removable node
    When I ask to remove the node
    And I follow the DAG until it finishes
    And I poll the DAG with show_details true
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |
    And the DAG lists every stage with its sub-tasks

  @req:OBS-009 @should @consumes-node
  Scenario: show_details=false leaves the nodes out
    Given a removable node
    When I ask to remove the node
    And I poll the DAG with show_details false
    Then the answer is a DAG with these fields:
      | field | value |
      | nodes | null  |
    When I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |
