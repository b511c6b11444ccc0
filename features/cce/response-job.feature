@cce
Feature: CCE RemoveNode answer and job
  A removal is accepted with 200 and a RemoveNodesTask naming the job in status.jobID (a string, capital ID). The job
  is followed with GET /api/v3/projects/{project_id}/jobs/{job_id} until it reaches Success; the removed node is then
  gone. A node whose removal is still running is busy.

  @req:CCE-040 @must @consumes-node
  Scenario: The answer names the job in status.jobID
    Given a request to remove a removable node
    When the request is sent
    Then the request is accepted
    And the job reaches Success

  @req:CCE-041 @should @consumes-node
  Scenario: The answer carries apiVersion, kind and the spec sent
    Given a request to remove a removable node
    When the request is sent
    Then the request is accepted
    And the answer echoes apiVersion, kind and the nodes sent
    And the job reaches Success

  @req:CCE-042 @must @consumes-node
  Scenario: The job reaches Success
    Given a request to remove a removable node
    When the request is sent
    Then the request is accepted
    And the job reaches Success

  @req:CCE-042 @must @consumes-node @needs-nodes:3
  Scenario: The job of a removal of 3 nodes reaches Success
    Given a request to remove 3 removable nodes
    When the request is sent
    Then the request is accepted
    And the job reaches Success

  @req:CCE-043 @must @consumes-node
  Scenario: A removed node cannot be removed again
    Given a request to remove a removable node
    When the request is sent
    Then the request is accepted
    And the job reaches Success
    When the request is sent again
    Then the request is refused with 404

  @req:CCE-044 @should @consumes-node
  Scenario: A node already being removed is busy
    Given a request to remove a removable node
    When the request is sent
    Then the request is accepted
    When the request is sent again
    Then the request is refused with 429
    And the error code is "CCE.01429002"
    And the job reaches Success

  @req:CCE-070 @must @consumes-node
  Scenario: A body without login is accepted or refused with an error body
    Given a request to remove a removable node
    And the body field "spec.login" becomes absent
    When the request is sent
    Then the answer is a success or a well-formed error, noted as "CCE-N02"
