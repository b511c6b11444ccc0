@demo
Feature: Arithmetic
  A tiny suite that exercises the engine itself, independent of any API.

  Background:
    Given the calculator is cleared

  @req:DEMO-001 @must
  Scenario: Adding two numbers
    Given the number 2
    And the number 3
    When they are added
    Then the result is 5

  @req:DEMO-002 @should
  Scenario Outline: Doubling
    Given the number <n>
    When it is doubled
    Then the result is <twice>

    Examples:
      | n | twice |
      | 1 | 2     |
      | 4 | 8     |

  @req:DEMO-003 @must
  Scenario: A fixture the profile lacks
    Given a fixture the profile does not have
    Then the result is 0

  Rule: Notes are not verdicts
    @req:DEMO-004 @should
    Scenario: A note is recorded
      Given the number 1
      Then a note is recorded
