@cce
Feature: CCE RemoveNode node limit
  A request removes at most 200 nodes. The limit is a request-validation rule, answered before any node lookup:
  201 distinct uids are refused with 400 even when some of them are unknown to the cluster, and 200 distinct uids
  pass it, so when some are unknown the answer is the lookup's 404, not the limit's 400. That shows the limit on a
  cluster of any size; removing 200 real nodes at once needs a profile listing 200 removable uids, and is not
  selected for a smaller one.

  @req:CCE-010 @must @consumes-node
  Scenario: 1 node is accepted
    Given a request to remove a removable node
    When the request is sent
    Then the request is accepted
    And the job reaches Success

  @req:CCE-010 @must
  Scenario: 200 distinct nodes pass the node limit, so unknown ones are answered 404, not 400
    Given a request to remove 200 distinct nodes, one of them removable and the rest unknown
    When the request is sent
    Then the request is refused with 404

  @req:CCE-010 @must @consumes-node @needs-nodes:200
  Scenario: 200 nodes are accepted at once
    Given a request to remove 200 removable nodes
    When the request is sent
    Then the request is accepted
    And the job reaches Success

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
