@toy
Feature: Toy ping
  A pack defined only in the tests: one rule, one feature, one schema, one stub route, one driver, one explorer case.

  @req:TOY-001 @must
  Scenario: A ping is answered with a pong
    When the toy is pinged
    Then the toy answers a pong
