@cce
Feature: CCE RemoveNode error bodies
  Every error answer carries a code and a message: CCE's errorCode/errorMessage as the page documents them, or the
  error_code/error_msg that real answers (and the API gateway's) carry and the Node SDK reads. A CCE error should
  carry both spellings. Every answer should carry an X-Request-Id header.

  @req:CCE-070 @must
  Scenario Outline: An error answer carries a code and a message
    Given a request that is refused because of <fault>
    When the request is sent
    Then the request is refused with <status>
    And the error body carries a code and a message

    Examples:
      | fault                  | status |
      | a wrong apiVersion     | 400    |
      | a text/plain body      | 400    |
      | 201 nodes              | 400    |
      | missing credentials    | 401    |
      | a wrong token          | 401    |
      | an unknown cluster     | 404    |
      | an unknown node        | 404    |

  @req:CCE-071 @should
  Scenario Outline: A CCE error answer carries both spellings
    Given a request that is refused because of <fault>
    When the request is sent
    Then the request is refused with <status>
    And the error body carries both spellings

    Examples:
      | fault                  | status |
      | a wrong apiVersion     | 400    |
      | a text/plain body      | 400    |
      | an unknown cluster     | 404    |
      | an unknown node        | 404    |

    @consumes-node
    Examples: a node being removed (its first removal is accepted, so it takes a node)
      | fault                  | status |
      | a node being removed   | 429    |

  @req:CCE-072 @should
  Scenario Outline: An error answer carries X-Request-Id
    Given a request that is refused because of <fault>
    When the request is sent
    Then the request is refused with <status>
    And the answer carries an X-Request-Id header

    Examples:
      | fault                  | status |
      | a wrong apiVersion     | 400    |
      | missing credentials    | 401    |
      | an unknown cluster     | 404    |

    @consumes-node
    Examples: a node being removed (its first removal is accepted, so it takes a node)
      | fault                  | status |
      | a node being removed   | 429    |

  @req:CCE-072 @should @consumes-node
  Scenario: An accepted removal and its job carry X-Request-Id
    Given a request to remove a removable node
    When the request is sent
    Then the request is accepted
    And the answer carries an X-Request-Id header
    And the job reaches Success
    And the job answer carries an X-Request-Id header
