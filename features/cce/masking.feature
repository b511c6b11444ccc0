@cce
Feature: CCE RemoveNode password masking
  The 200 answer echoes the request spec with the password masked: the value sent never comes back. The mask itself
  is not documented, so it is only noted.

  @req:CCE-032 @must @consumes-node
  Scenario Outline: The password is never echoed as sent
    Given a request to remove a removable node
    And the login is the salted password "<password>" for the user "<username>"
    When the request is sent
    Then the request is accepted
    And the password sent does not come back
    And the job reaches Success

    Examples:
      | username  | password        |
      | (omitted) | Cce@Conform2024 |
      | admin     | Mask.Check-42   |
