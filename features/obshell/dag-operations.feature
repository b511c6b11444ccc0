@serial @dag-operations
Feature: obshell DAG operations
  POST /api/v1/task/dag/{id} with {"operator": "rollback|retry|cancel|pass"} operates a DAG: cancel stops a DAG
  that has not finished (FAILED + CANCEL); rollback, retry and pass apply to a FAILED DAG and end in
  SUCCEED + ROLLBACK, SUCCEED + RUN and SUCCEED + PASS. Tried only on targets whose profile says
  "dagOperations": true. Every scenario ends with the DAG in SUCCEED, so the target stays idle.

  Background:
    Given the target allows DAG operations
    And a removable node
    When I ask to remove the node
    And I apply the operator "cancel" to the DAG

  @req:OBS-021 @should
  Scenario: cancel stops a running DAG
    When I poll the DAG
    Then the answer is a DAG with these fields:
      | field    | value  |
      | state    | FAILED |
      | operator | CANCEL |
    When I apply the operator "rollback" to the DAG
    And I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field | value   |
      | state | SUCCEED |

  @req:OBS-022 @should
  Scenario: rollback undoes a failed DAG
    When I apply the operator "rollback" to the DAG
    And I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field    | value    |
      | state    | SUCCEED  |
      | operator | ROLLBACK |

  @req:OBS-023 @should @consumes-node
  Scenario: retry runs a failed DAG to its end
    When I apply the operator "retry" to the DAG
    And I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field    | value   |
      | state    | SUCCEED |
      | operator | RUN     |

  @req:OBS-024 @should @consumes-node
  Scenario: pass skips the failed stage and finishes the DAG
    When I apply the operator "pass" to the DAG
    And I follow the DAG until it finishes
    Then the answer is a DAG with these fields:
      | field    | value   |
      | state    | SUCCEED |
      | operator | PASS    |
