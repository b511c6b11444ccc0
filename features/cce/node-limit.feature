@cce
Feature: CCE RemoveNode node limit
  A request removes at most 200 nodes. The limit is a request-validation rule, answered before any node lookup:
  201 distinct uids are refused with 400 even when some of them are unknown to the cluster.

  @req:CCE-010 @must
  Scenario Outline: 1 and 200 nodes are accepted
    Given a request to remove <count> removable nodes
    When the request is sent
    Then the request is accepted
    And the job reaches Success

    Examples:
      | count |
      | 1     |
      | 200   |

  @req:CCE-011 @must
  Scenario: 201 distinct nodes, one of them removable, are refused before any lookup
    Given a request to remove 201 distinct nodes, one of them removable and the rest unknown
    When the request is sent
    Then the request is refused with 400

  @req:CCE-011 @must
  Scenario: 201 distinct unknown nodes are refused with 400, not 404
    Given a request to remove 201 distinct unknown nodes
    When the request is sent
    Then the request is refused with 400

  @req:CCE-003 @should
  Scenario: 201 nodes are refused with CCE.01400001
    Given a request to remove 201 distinct nodes, one of them removable and the rest unknown
    When the request is sent
    Then the request is refused with 400
    And the error code is "CCE.01400001"

  @req:CCE-012 @should
  Scenario: An empty node list is refused
    Given a request to remove a removable node
    And the body field "spec.nodes" becomes []
    When the request is sent
    Then the request is refused with 400
