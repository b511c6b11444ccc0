@cce
Feature: CCE RemoveNode headers and authentication
  JSON bodies are sent as application/json or application/json;charset=utf-8; other media types are refused.
  Callers authenticate with an IAM token (X-Auth-Token) or an SDK-HMAC-SHA256 signature; authentication is judged
  before anything else, so an unauthenticated request gets 401 whatever its body or target. Scenarios about
  signatures need the AK/SK pair in the profile (cce.auth.akEnv, cce.auth.skEnv) and are not-run without it.

  @req:CCE-050 @must @consumes-node
  Scenario Outline: JSON is accepted with either documented content type
    Given a request to remove a removable node
    And the content type is "<content type>"
    When the request is sent
    Then the request is accepted
    And the job reaches Success

    Examples:
      | content type                   |
      | application/json               |
      | application/json;charset=utf-8 |

  @req:CCE-051 @must
  Scenario: A text/plain body is refused
    Given a request to remove a removable node
    And the content type is "text/plain"
    When the request is sent
    Then the request is refused with 400

  @req:CCE-052 @should
  Scenario: A text/plain body is refused with CCE.01400006
    Given a request to remove a removable node
    And the content type is "text/plain"
    When the request is sent
    Then the request is refused with 400
    And the error code is "CCE.01400006"

  @req:CCE-053 @must
  Scenario: A request with neither token nor signature is refused
    Given a request to remove a removable node
    When the request is sent without credentials
    Then the request is refused with 401

  @req:CCE-054 @must
  Scenario: A wrong token is refused
    Given a request to remove a removable node
    When the request is sent with a wrong token
    Then the request is refused with 401

  @req:CCE-055 @must
  Scenario: A wrong signature is refused
    Given a request to remove a removable node
    When the request is sent with a wrong signature
    Then the request is refused with 401

  @req:CCE-059 @must @consumes-node
  Scenario: A request signed with the access key is accepted
    Given a request to remove a removable node
    When the request is sent signed with the access key
    Then the request is accepted
    And the job reaches Success

  @req:CCE-056 @should
  Scenario Outline: An authentication failure carries APIGW.0301
    Given a request to remove a removable node
    When the request is sent <how>
    Then the request is refused with 401
    And the error code is "APIGW.0301" or "CCE.01401001"

    Examples:
      | how                     |
      | without credentials     |
      | with a wrong token      |
      | with a wrong signature  |

  @req:CCE-057 @should
  Scenario Outline: An X-Sdk-Date more than 15 minutes off is refused
    Given a request to remove a removable node
    When the request is sent signed with an X-Sdk-Date <minutes> minutes off
    Then the request is refused with 401

    Examples:
      | minutes |
      | -20     |
      | 20      |

  @req:CCE-058 @must
  Scenario Outline: An unauthenticated request is refused with 401 whatever its body
    Given a request to remove a removable node
    And the body field "<field>" becomes <value>
    When the request is sent without credentials
    Then the request is refused with 401

    Examples:
      | field             | value  |
      | apiVersion        | "v2"   |
      | spec              | absent |
      | spec.nodes[0].uid | absent |

  @req:CCE-058 @must
  Scenario: An unauthenticated request is refused with 401 even when its body is not JSON
    Given a request to remove a removable node
    And the body is the text "{not json"
    And the content type is "text/plain"
    When the request is sent without credentials
    Then the request is refused with 401

  @req:CCE-058 @must
  Scenario: An unauthenticated request for 201 nodes is refused with 401
    Given a request to remove 201 distinct nodes, one of them removable and the rest unknown
    When the request is sent without credentials
    Then the request is refused with 401

  @req:CCE-058 @must
  Scenario: An unauthenticated request for an unknown cluster is refused with 401
    Given a request to remove a removable node
    And the request targets the unknown cluster of the profile
    When the request is sent without credentials
    Then the request is refused with 401
