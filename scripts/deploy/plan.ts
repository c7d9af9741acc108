/** The dry-run plan: what steps 4–7 would create and upload, as text. */
import { RUNTIME, TIMEOUT } from './adapter'
import { describeDatabase } from './database'
import type { Project } from './project'
import type { Package } from './stage'

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const WECHAT_PACKAGE_LIMIT = 2 * 1024 * 1024

/** One line per file, largest first, under a package heading. */
function packageLines(p: Package, heading: string): string[] {
  const warn = p.size > WECHAT_PACKAGE_LIMIT ? "  ← over WeChat's 2 MB per package" : ''
  return [
    `    ${heading}  ${kb(p.size)}, ${p.files.length} files${warn}`,
    ...p.files.map((f) => `        ${kb(f.size).padStart(10)}  ${f.path}`),
  ]
}

/** The plan for steps 4–7, in the order the deploy runs them. */
export function planLines(project: Project, mini: Package[], functions: Package[], robot: number): string[] {
  const { env } = project
  const total = mini.reduce((a, p) => a + p.size, 0)
  const lines = [
    `[4/7] Database of ${env.cloudEnv} (created if missing, rules set if different; nothing is dropped)`,
    ...describeDatabase(project.database).map((l) => `    ${l}`),
    `[5/7] Migrations (schemaVersion ${project.database.schemaVersion}; those not recorded in schema_migrations run in order)`,
    ...project.migrations.map(
      (m) => `    ${String(m.version).padStart(3, '0')} ${m.name}  (migrations/${String(m.version).padStart(3, '0')}-${m.name}.mjs)`,
    ),
    `[6/7] Cloud functions to ${env.cloudEnv} (miniprogram-ci uploadFunction, dependencies installed in the cloud; new functions created on ${RUNTIME})`,
  ]
  for (const p of functions) {
    const spec = project.functions.find((f) => f.name === p.name)!
    lines.push(...packageLines(p, `function ${p.name}`))
    lines.push(
      `        dependencies: ${
        Object.entries(spec.dependencies)
          .map(([n, v]) => `${n}@${v}`)
          .join(', ') || 'none'
      }`,
    )
    lines.push(
      `        openapi permissions: ${(spec.config.permissions?.openapi ?? []).join(', ') || 'none'}; timeout ${spec.config.timeout ?? TIMEOUT} s${spec.config.memorySize ? `, memory ${spec.config.memorySize} MB` : ''}`,
    )
    for (const t of spec.config.triggers ?? []) lines.push(`        ${t.type} trigger ${t.name}: ${t.config}`)
  }
  lines.push(`[7/7] Mini-program version ${project.version} to AppID ${env.appid} (robot ${robot}), total ${kb(total)}`)
  lines.push(`    description: ${project.description}`)
  for (const p of mini) lines.push(...packageLines(p, p.name === 'main' ? 'main package' : `subpackage ${p.name}`))
  return lines
}
