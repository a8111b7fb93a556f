// "Use the docs from your coding agent": each configuration the guide shows is parsed from its
// source and the server it names is started, as that agent would start it, from a project where
// the packed package is installed (npx finds it there without the registry).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { connect, packAndInstall, packageName, type Installed } from './helpers.ts';

const guide = readFileSync(path('docs/guides/messaging/coding-agents.mdx'), 'utf8');
const blocks = [...guide.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1], meta: m[2], code: m[3] }));
const titled = (title: string) => {
  const found = blocks.filter((b) => b.meta.includes(`title="${title}"`));
  assert.equal(found.length, 1, `one block titled ${title}`);
  return JSON.parse(found[0].code);
};

interface Launch {
  command: string;
  args: string[];
}

/** Every configuration in the guide, with the server entry it names. */
function configurations(): { agent: string; server: Launch & { type?: string } }[] {
  const claude = blocks.filter((b) => b.language === 'bash' && b.code.startsWith('claude mcp add'));
  assert.equal(claude.length, 1, 'one claude mcp add command');
  const [, after] = claude[0].code.trim().split(' -- ');
  const [command, ...args] = after.split(/\s+/);
  const only = (servers: Record<string, Launch>) => {
    assert.deepEqual(Object.keys(servers), ['signalwire-messaging']);
    return servers['signalwire-messaging'];
  };
  const vscode = titled('.vscode/mcp.json');
  assert.deepEqual(Object.keys(vscode), ['servers'], "VS Code's top-level key is servers");
  return [
    { agent: 'claude mcp add', server: { command, args } },
    { agent: 'Claude Code .mcp.json', server: only(titled('.mcp.json').mcpServers) },
    { agent: 'Cursor .cursor/mcp.json', server: only(titled('.cursor/mcp.json').mcpServers) },
    { agent: 'VS Code .vscode/mcp.json', server: only(vscode.servers) },
  ];
}

let kit: Installed;
before(async () => {
  kit = await packAndInstall();
});
after(() => kit?.remove());

test('every configuration in the guide names the package, and the server it starts answers', async () => {
  const found = configurations();
  assert.equal(found.length, 4);
  for (const { agent, server } of found) {
    assert.ok(server.args.includes(packageName), `${agent} runs ${packageName}`);
    if (server.type !== undefined) assert.equal(server.type, 'stdio', agent);
    const client = await connect(server.command, server.args, kit.app);
    try {
      const { tools } = await client.listTools();
      assert.equal(tools.length, 8, agent);
      const page = (await client.callTool({ name: 'read_page', arguments: { path: '/messaging/coding-agents/' } })) as { content: { text: string }[] };
      assert.match(page.content[0].text, /^# Use the docs from your coding agent/, agent);
    } finally {
      await client.close();
    }
  }
});

test("the guide's table names every tool the server lists, and its session's codes and key are real", async () => {
  const client = await connect(kit.bin, [], kit.app);
  try {
    const { tools } = await client.listTools();
    const rows = [...guide.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(rows.sort(), tools.map((t) => t.name).sort());
    const key = (await client.callTool({ name: 'check_receiver', arguments: { url: 'http://example.com/' } })) as { isError?: boolean };
    assert.equal(key.isError, true);
    const described = tools.find((t) => t.name === 'check_receiver')!.description!;
    for (const signingKey of guide.match(/PSK_[a-z_]+/g)!) assert.ok(described.includes(signingKey), `the server signs with ${signingKey}`);
    const explained = (await client.callTool({ name: 'explain_error', arguments: { code: 'body_or_media_required' } })) as { content: { text: string }[]; isError?: boolean };
    assert.ok(!explained.isError);
    assert.equal(JSON.parse(explained.content[0].text).retry, 'after-fix');
  } finally {
    await client.close();
  }
});
