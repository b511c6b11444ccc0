@cce
Feature: CCE RemoveNode unknown resources
  A cluster or a node the project does not have is answered 404 (CCE.01404001 for both); so is a project that does
  not exist. The unknown ids come from the profile (cce.unknownClusterId, cce.unknownNodeUid); a scenario whose id
  the profile lacks is not-run.

  @req:CCE-060 @must
  Scenario: An unknown cluster is not found
    Given a request to remove a removable node
    And the request targets the unknown cluster of the profile
    When the request is sent
    Then the request is refused with 404

  @req:CCE-061 @must
  Scenario: An unknown node is not found
    Given a request to remove the unknown node of the profile
    When the request is sent
    Then the request is refused with 404

  @req:CCE-062 @should
  Scenario: An unknown cluster is answered CCE.01404001
    Given a request to remove a removable node
    And the request targets the unknown cluster of the profile
    When the request is sent
    Then the request is refused with 404
    And the error code is "CCE.01404001"

  @req:CCE-062 @should
  Scenario: An unknown node is answered CCE.01404001
    Given a request to remove the unknown node of the profile
    When the request is sent
    Then the request is refused with 404
    And the error code is "CCE.01404001"

  @req:CCE-063 @should
  Scenario: An unknown project is not found
    Given a request to remove a removable node
    And the request targets a project that does not exist
    When the request is sent
    Then the request is refused with 404
