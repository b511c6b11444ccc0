@cce
Feature: CCE RemoveNode request body
  The body is a RemoveNodesTask: apiVersion and kind are fixed values (they may be absent, as in the page's own
  example), spec is required, spec.nodes is required and every node names its uid. Each scenario breaks exactly one
  field of an otherwise valid body, so a refusal can only be about that field.

  @req:CCE-001 @must
  Scenario Outline: An apiVersion other than "v3" is refused
    Given a request to remove a removable node
    And the body field "apiVersion" becomes <value>
    When the request is sent
    Then the request is refused with 400

    Examples:
      | value |
      | "v2"  |
      | "v1"  |
      | "V3"  |
      | ""    |
      | 3     |

  @req:CCE-002 @must
  Scenario Outline: A kind other than "RemoveNodesTask" is refused
    Given a request to remove a removable node
    And the body field "kind" becomes <value>
    When the request is sent
    Then the request is refused with 400

    Examples:
      | value             |
      | "RemoveNodeTask"  |
      | "Node"            |
      | "removenodestask" |
      | ""                |

  @req:CCE-004 @must
  Scenario Outline: spec is required
    Given a request to remove a removable node
    And the body field "spec" becomes <value>
    When the request is sent
    Then the request is refused with 400

    Examples:
      | value  |
      | absent |
      | null   |

  @req:CCE-005 @must
  Scenario Outline: spec.nodes is required
    Given a request to remove a removable node
    And the body field "spec.nodes" becomes <value>
    When the request is sent
    Then the request is refused with 400

    Examples:
      | value  |
      | absent |
      | null   |

  @req:CCE-006 @must
  Scenario Outline: Every node names its uid
    Given a request to remove <count> removable nodes
    And the body field "<field>" becomes <value>
    When the request is sent
    Then the request is refused with 400

    Examples:
      | count | field              | value  |
      | 1     | spec.nodes[0].uid  | absent |
      | 1     | spec.nodes[0].uid  | null   |
      | 1     | spec.nodes[1]      | {}     |

  @req:CCE-003 @should
  Scenario Outline: A refused body carries CCE.01400001
    Given a request to remove a removable node
    And the body field "<field>" becomes <value>
    When the request is sent
    Then the request is refused with 400
    And the error code is "CCE.01400001"

    Examples:
      | field             | value  |
      | apiVersion        | "v2"   |
      | kind              | "Node" |
      | spec              | absent |
      | spec.nodes        | absent |
      | spec.nodes[0].uid | absent |
