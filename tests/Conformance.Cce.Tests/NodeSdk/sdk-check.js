'use strict';
// Drives a CCE RemoveNode server with the official Node.js SDK, the way an SDK user would:
// remove one node, follow its job to Success with showJob, then expect a 201-node request to be refused.
// Inputs come from the environment (secrets never on the command line); one JSON line per check goes to stdout.
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core');
const { ClientRequestException } = require('@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException');
const cce = require('@huaweicloud/huaweicloud-sdk-cce');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};

const endpoint = env('CCE_ENDPOINT');
const projectId = env('CCE_PROJECT_ID');
const clusterId = env('CCE_CLUSTER_ID');
const nodeUid = env('CCE_NODE_UID');
const maxPolls = Number(process.env.CCE_MAX_POLLS || '20');

// No region: the endpoint is given, so the SDK makes no IAM call.
const client = cce.CceClient.newBuilder()
  .withCredential(new BasicCredentials().withAk(env('CCE_AK')).withSk(env('CCE_SK')).withProjectId(projectId))
  .withEndpoint(endpoint)
  .build();

const report = (check, details) => console.log(JSON.stringify({ check, ...details }));

const removal = (uids) => new cce.RemoveNodeRequest().withClusterId(clusterId).withBody(
  new cce.RemoveNodesTask().withApiVersion('v3').withKind('RemoveNodesTask').withSpec(
    new cce.RemoveNodesSpec().withNodes(uids.map((uid) => new cce.NodeItem().withUid(uid)))));

const randomUid = () => require('crypto').randomUUID();

async function main() {
  const accepted = await client.removeNode(removal([nodeUid]));
  const jobId = accepted && accepted.status && accepted.status.jobID;
  if (typeof jobId !== 'string') throw new Error(`removeNode: no status.jobID string in ${JSON.stringify(accepted)}`);
  report('removeNode', { jobId });

  let phase;
  for (let poll = 1; poll <= maxPolls && phase !== 'Success' && phase !== 'Failed'; poll++) {
    const job = await client.showJob(new cce.ShowJobRequest().withJobId(jobId));
    phase = job && job.status && job.status.phase;
  }
  if (phase !== 'Success') throw new Error(`showJob: job ${jobId} ended in phase ${phase}, expected Success`);
  report('showJob', { jobId, phase });

  const uids = [nodeUid, ...Array.from({ length: 200 }, randomUid)];
  try {
    await client.removeNode(removal(uids));
    throw new Error('removeNode with 201 nodes was accepted, expected a ClientRequestException');
  } catch (e) {
    if (!(e instanceof ClientRequestException)) throw e;
    report('tooManyNodes', { httpStatusCode: e.httpStatusCode, errorCode: e.errorCode, hasRequestId: Boolean(e.requestId) });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  });
