@serial
Feature: obshell scale-in membership outcomes
  Rows of the outcome table that depend on who is asked to remove whom: the agent handling the request
  refuses to remove itself, a node that is not a member answers 204, a SINGLE agent asked to remove itself
  answers 204, and an agent that is not a CLUSTER AGENT refuses with Agent.Identify.NotSupportOperation.

  @req:OBS-004 @must
  Scenario: removing a node that is not a member answers 204 without a body
    Given the profile's node that is not a member
    When I ask to remove the node
    Then the answer is 204 without a body

  @req:OBS-015 @must
  Scenario: the agent refuses to remove itself
    Given the agent's own node
    When I ask to remove the node
    Then the answer is an error envelope with status 400

  @req:OBS-016 @should
  Scenario: self-removal names OB.Server.DeleteSelf
    Given the agent's own node
    When I ask to remove the node
    Then the answer is an error envelope with status 400
    And the error code is "OB.Server.DeleteSelf"

  @req:OBS-017 @should @reference-stub-only
  Scenario: a SINGLE agent asked to remove itself answers 204
    Given the target is the reference stub
    And the reference stub's agent identity is "SINGLE"
    And the agent's own node
    When I ask to remove the node
    Then the answer is 204 without a body

  @req:OBS-018 @should @reference-stub-only
  Scenario: an agent whose cluster is not initialised refuses with Agent.Identify.NotSupportOperation
    Given the target is the reference stub
    And the reference stub's agent identity is "MASTER"
    And a removable node
    When I ask to remove the node
    Then the answer is an error envelope with status 400
    And the error code is "Agent.Identify.NotSupportOperation"
