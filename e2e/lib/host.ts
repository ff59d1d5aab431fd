import { createHash } from "node:crypto"
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { runCommand } from "../../support/process-groups"

/**
 * The working copy of the host app (e2e/host) that the plugin's tarball is
 * installed into. It lives outside the repository: Node looks for a package
 * in every node_modules folder up the tree, so a copy inside the repository
 * would quietly borrow what the host forgot to list from the repository's
 * own node_modules. The committed package.json and lock stay untouched.
 */
export const REPOSITORY = resolve(__dirname, "..", "..")
const HOST_SOURCE = join(REPOSITORY, "e2e", "host")
const HOST_FILES = [
  "package.json",
  "package-lock.json",
  "medusa-config.ts",
  "tsconfig.json",
  "src",
]
const INSTALLED_STAMP = ".installed-from-lock"

/** One folder per checkout, kept between runs so a rerun skips `npm ci`. */
export function workFolder(): string {
  const checkout = createHash("sha256").update(REPOSITORY).digest("hex")
  return (
    process.env.E2E_WORK_DIR ??
    join(tmpdir(), `segments-e2e-${checkout.slice(0, 12)}`)
  )
}

function lockDigest(): string {
  const hash = createHash("sha256")
  for (const file of ["package.json", "package-lock.json"]) {
    hash.update(readFileSync(join(HOST_SOURCE, file)))
  }
  return hash.digest("hex")
}

const npm = (args: string[], cwd: string) =>
  runCommand(
    { command: "npm", args, cwd, env: {}, quiet: true },
    `npm ${args[0]}`
  )

/**
 * Lays out a fresh copy of the host beside the installed node_modules, runs
 * `npm ci` when the committed lock changed since the last install, and
 * installs the plugin from `tarball` as a store owner would. Returns the
 * host's folder and whether `npm ci` ran.
 */
export async function installHost(
  work: string,
  tarball: string
): Promise<{ folder: string; installed: boolean }> {
  const folder = join(work, "host")
  const stamp = join(folder, "node_modules", INSTALLED_STAMP)
  const digest = lockDigest()
  const current = existsSync(stamp) && readFileSync(stamp, "utf8") === digest

  mkdirSync(folder, { recursive: true })
  for (const entry of readdirSync(folder)) {
    if (!current || entry !== "node_modules") {
      rmSync(join(folder, entry), { recursive: true, force: true })
    }
  }
  for (const entry of HOST_FILES) {
    cpSync(join(HOST_SOURCE, entry), join(folder, entry), { recursive: true })
  }

  if (!current) {
    await npm(["ci", "--no-audit", "--no-fund"], folder)
    writeFileSync(stamp, digest)
  }
  // The tarball's name stays the same from one build to the next.
  const plugin = join(folder, "node_modules", "medusa-customer-segments")
  rmSync(plugin, { recursive: true, force: true })
  await npm(["install", "--no-audit", "--no-fund", tarball], folder)
  return { folder, installed: !current }
}

/** `npm pack` of the built plugin into `work`; returns the tarball's path. */
export async function packPlugin(work: string): Promise<string> {
  mkdirSync(work, { recursive: true })
  const { name, version } = JSON.parse(
    readFileSync(join(REPOSITORY, "package.json"), "utf8")
  ) as { name: string; version: string }
  const tarball = join(work, `${name}-${version}.tgz`)
  rmSync(tarball, { force: true })
  await npm(["pack", "--pack-destination", work], REPOSITORY)
  if (!existsSync(tarball)) {
    throw new Error(`npm pack wrote no ${tarball}`)
  }
  return tarball
}
