@cce
Feature: CCE RemoveNode login conflicts
  removeUserPassword=true does not allow userPassword, and removeSSHKey=true (capital SSH) does not allow sshKey.
  Both flags are meant for node-pool updates; a request that sets one together with the login it removes is refused.

  @req:CCE-030 @must
  Scenario: removeUserPassword with a userPassword is refused
    Given a request to remove a removable node
    And the body field "spec.login.removeUserPassword" becomes true
    When the request is sent
    Then the request is refused with 400

  @req:CCE-031 @must
  Scenario: removeSSHKey with an sshKey is refused
    Given a request to remove a removable node
    And the login is the key pair "KeyPair-001"
    And the body field "spec.login.removeSSHKey" becomes true
    When the request is sent
    Then the request is refused with 400
