@serial
Feature: obshell security checks (hybrid encryption)
  Every authenticated request carries X-OCS-Agent-Header (agent password) or X-OCS-Header (root@sys): RSA
  PKCS#1 v1.5 encryption of {"auth", "ts", "uri", "keys"}; the body is AES-128-CBC with those keys. The harness
  breaks one thing per request. The server checks the header before the body.

  @req:OBS-025 @must
  Scenario: a request without an auth header is refused with 400 Request.Header.*
    Given a removable node
    And the next request carries "no auth header"
    When I ask to remove the node
    Then the answer is an error envelope with status 400
    And the error code starts with "Request.Header."

  @req:OBS-026 @must
  Scenario Outline: a failed authentication is refused with 401 Security.Authentication.* (<fault>)
    Given a removable node
    And the next request carries "<fault>"
    When I ask to remove the node
    Then the answer is an error envelope with status 401
    And the error code starts with "Security.Authentication."

    Examples:
      | fault                               |
      | an undecryptable header             |
      | a uri that differs from the request |
      | an expired ts                       |
      | a wrong password                    |

  @req:OBS-027 @should
  Scenario Outline: each security check names its own error code (<fault>)
    Given a removable node
    And the next request carries "<fault>"
    When I ask to remove the node
    Then the answer is an error envelope with status <status>
    And the error code is "<errCode>"

    Examples:
      | fault                               | status | errCode                                           |
      | no auth header                      | 400    | Request.Header.NotFound                           |
      | an undecryptable header             | 401    | Security.Authentication.Header.DecryptFailed      |
      | a uri that differs from the request | 401    | Security.Authentication.Header.UriMismatch         |
      | an expired ts                       | 401    | Security.Authentication.Expired                   |
      | a wrong password                    | 401    | Security.Authentication.IncorrectOceanbasePassword |

  @req:OBS-027 @should
  Scenario: an undecryptable header keeps the legacy code the Python SDK refreshes its key on
    Given a removable node
    And the next request carries "an undecryptable header"
    When I ask to remove the node
    Then the answer is an error envelope with status 401
    And the error code is "Security.Authentication.Header.DecryptFailed"
    And the legacy code 1 the Python SDK needs is noted when absent

  @req:OBS-028 @must
  Scenario Outline: authentication is checked before the body (<fault>)
    Given a removable node
    And the next request carries "<fault>"
    When I send the scale-in body '{"agent_info":{"ip":"","port":0}'
    Then the answer is an error envelope with status <status>
    And the error code starts with "<family>"

    Examples:
      | fault                               | status | family                   |
      | no auth header                      | 400    | Request.Header.          |
      | an undecryptable header             | 401    | Security.Authentication. |
      | a uri that differs from the request | 401    | Security.Authentication. |
      | an expired ts                       | 401    | Security.Authentication. |
      | a wrong password                    | 401    | Security.Authentication. |

  @req:OBS-029 @should
  Scenario: a key and iv shorter than 32 bytes is refused with 500 Request.Body.Decrypt.AES.KeyAndIv.Invalid
    Given a removable node
    And the next request carries "a key and iv shorter than 32 bytes"
    When I ask to remove the node
    Then the answer is an error envelope with status 500
    And the error code is "Request.Body.Decrypt.AES.KeyAndIv.Invalid"

  @req:OBS-030 @should
  Scenario: a ts that is not an integer is refused with 401
    Given a removable node
    And the next request carries "a ts that is not an integer"
    When I ask to remove the node
    Then the answer is an error envelope with status 401

  @req:OBS-031 @must
  Scenario: a request encrypted as the SDKs do passes the security checks, and a replay is noted
    When I poll a DAG that does not exist
    Then the answer is not an authentication error
    When I replay the last request
    Then a replay accepted inside the ts window is noted
