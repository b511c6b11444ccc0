@cce
Feature: CCE RemoveNode password complexity
  The page's rules for the login password: 8 to 26 characters; at least three of upper case, lower case, digit and
  a special character from !@$%^-_=+[{}]:,./? (never ~ # *, on which the sources disagree); neither the username
  (default "root") nor its reverse inside. A server cannot judge a salted password, so the rule scenarios send the
  PLAINTEXT and a conformant server refuses every weak one (400, as weak or as not salted). A strong password salted
  as the page describes (base64 of a SHA-512 crypt string) must be accepted; what a server does with the same strong
  password in plaintext is only noted, but it must do the same whichever special character made it strong as for a
  control made strong by a digit. Each row first checks the harness's own reading of the rules, so a row whose
  data is wrong fails as a suite error, not as a verdict on the target.

  @req:CCE-020 @must
  Scenario Outline: A password outside 8 to 26 characters is refused
    Given the password "<password>" breaks the rule "<rule>" for the user "(omitted)"
    And a request to remove a removable node
    And the login is the plaintext password "<password>" for the user "(omitted)"
    When the request is sent
    Then the request is refused with 400

    Examples:
      | length | rule      | password                    |
      | 7      | too short | Abcd1!x                     |
      | 27     | too long  | Abcd1!xyzwAbcd1!xyzwAbcd1!x |

  @req:CCE-021 @must
  Scenario Outline: A password with only two character classes is refused
    Given the password "<password>" breaks the rule "too few character classes" for the user "(omitted)"
    And a request to remove a removable node
    And the login is the plaintext password "<password>" for the user "(omitted)"
    When the request is sent
    Then the request is refused with 400

    Examples:
      | classes             | password |
      | upper, lower        | Abcdefgh |
      | lower, digit        | abcd1234 |
      | upper, digit        | ABCD1234 |
      | lower, special      | abcd!@$% |
      | upper, special      | ABCD-_=+ |
      | digit, special      | 1234[{}] |

  @req:CCE-022 @must
  Scenario Outline: A password containing the username or its reverse is refused
    Given the password "<password>" breaks the rule "<rule>" for the user "<username>"
    And a request to remove a removable node
    And the login is the plaintext password "<password>" for the user "<username>"
    When the request is sent
    Then the request is refused with 400

    Examples:
      | username  | rule                           | password   |
      | (omitted) | contains the username          | Xroot1!Y   |
      | (omitted) | contains the reversed username | Xtoor1!Y   |
      | root      | contains the username          | Ab1!rootZ  |
      | root      | contains the reversed username | Ab1!toorZ  |
      | admin     | contains the username          | Ab1!adminZ |
      | admin     | contains the reversed username | Ab1!nimdaZ |

  @req:CCE-023 @must @consumes-node
  Scenario Outline: A strong password salted as the page describes is accepted
    Given the password "<password>" is strong for the user "<username>"
    And a request to remove a removable node
    And the login is the plaintext password "<password>" for the user "<username>"
    When the request is sent
    Then the answer is noted as "CCE-N01"
    Given a request to remove a removable node
    And the login is the salted password "<password>" for the user "<username>"
    When the request is sent
    Then the request is accepted
    And the job reaches Success

    Examples:
      | case                       | username  | password                   |
      | length 8                   | (omitted) | Abcd1!xy                   |
      | length 26                  | (omitted) | Abcd1!xyzwAbcd1!xyzwAbcd1! |
      | upper, lower, digit        | (omitted) | Abcd1234                   |
      | upper, lower, special      | (omitted) | Abcd!@$%                   |
      | lower, digit, special      | (omitted) | abcd12.,                   |
      | upper, digit, special      | (omitted) | ABCD12:/                   |
      | all four classes           | (omitted) | Abc1!Def                   |
      | custom user                | admin     | Abcd1!xy                   |
      | root allowed for admin     | admin     | Xyz1!root                  |

  @req:CCE-024 @must @consumes-node
  Scenario Outline: Each of the page's special characters counts as the special class
    Given the password "<password>" is strong for the user "(omitted)"
    And a request to remove a removable node
    And the login is the plaintext password "<password>" for the user "(omitted)"
    When the request is sent
    Then the answer is noted as "CCE-N01"
    And the password is judged as the plaintext control "Abcd1efg" is
    Given a request to remove a removable node
    And the login is the salted password "<password>" for the user "(omitted)"
    When the request is sent
    Then the request is accepted
    And the job reaches Success

    Examples:
      | character | password |
      | !         | Abcd!efg |
      | @         | Abcd@efg |
      | $         | Abcd$efg |
      | %         | Abcd%efg |
      | ^         | Abcd^efg |
      | -         | Abcd-efg |
      | _         | Abcd_efg |
      | =         | Abcd=efg |
      | +         | Abcd+efg |
      | [         | Abcd[efg |
      | {         | Abcd{efg |
      | }         | Abcd}efg |
      | ]         | Abcd]efg |
      | :         | Abcd:efg |
      | ,         | Abcd,efg |
      | .         | Abcd.efg |
      | /         | Abcd/efg |
      | ?         | Abcd?efg |
