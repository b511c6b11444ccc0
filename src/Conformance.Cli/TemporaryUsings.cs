// Until the explorer moves into the packs (its CLI copy still reads the sections this way).
global using Conformance.Cce.Profiles;
global using Conformance.Obshell.Profiles;
