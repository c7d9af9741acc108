/**
 * Recording fakes of the modules the deploy adapter requires: miniprogram-ci and
 * @cloudbase/manager-node. They keep a small model of one cloud environment (collections with
 * indexes and rules, functions with runtime and triggers), record every call in order, and can
 * fail one chosen call, so a test can assert the calls, their order, the idempotence of a re-run
 * and the message a failure produces. They behave like the real services where it matters: an
 * unknown function is ResourceNotFound, miniprogram-ci creates a missing function on Node 8.9.
 */
type Index = { Name: string; Keys: { Name: string; Direction: string }[]; Unique: boolean }

export interface World {
  calls: string[]
  collections: Map<string, { indexes: Index[]; acl: { AclTag: string; Rule?: string } }>
  functions: Map<
    string,
    { Runtime: string; Timeout: number; MemorySize: number; Triggers: { TriggerName: string; Type: string; TriggerDesc: string }[] }
  >
  /** The next call whose text starts with `call` throws `error`. */
  failOn?: { call: string; error: Error }
  /** The version description the last mini-program upload carried (WeChat shows it in the admin console). */
  uploadDesc?: string
}

export const world: World = { calls: [], collections: new Map(), functions: new Map() }

/** Empties the model and the record. */
export function resetWorld(): void {
  world.calls = []
  world.collections = new Map()
  world.functions = new Map()
  world.failOn = undefined
}

function record(call: string): void {
  world.calls.push(call)
  if (world.failOn && call.startsWith(world.failOn.call)) {
    const e = world.failOn.error
    world.failOn = undefined
    throw e
  }
}

export const fakeMiniprogramCi = {
  Project: class {
    appid: string
    constructor(o: { appid: string; privateKeyPath?: string; privateKey?: string }) {
      record(`ci.Project ${o.appid} key=${o.privateKeyPath ? 'file' : 'text'}`)
      this.appid = o.appid
    }
  },
  async upload(o: { version: string; desc: string; robot: number }) {
    record(`ci.upload ${o.version} robot=${o.robot}`)
    world.uploadDesc = o.desc
    return {
      subPackageInfo: [
        { name: '__FULL__', size: 700_000 },
        { name: '__APP__', size: 640_000 },
      ],
    }
  },
  cloud: {
    async uploadFunction(o: { env: string; name: string; path: string; remoteNpmInstall: boolean }) {
      record(`ci.uploadFunction ${o.name} env=${o.env} remoteNpmInstall=${o.remoteNpmInstall}`)
      if (!world.functions.has(o.name)) world.functions.set(o.name, { Runtime: 'Nodejs8.9', Timeout: 3, MemorySize: 256, Triggers: [] })
      return { filesCount: 3, packSize: 40_000 }
    },
  },
}

const notFound = (what: string) => Object.assign(new Error(`[${what}] ResourceNotFound`), { code: 'ResourceNotFound.Function' })

export class FakeCloudBase {
  constructor(config: { envId: string; secretId: string }) {
    record(`cb.init ${config.envId}`)
  }

  functions = {
    async getFunctionDetail(name: string) {
      record(`cb.getFunctionDetail ${name}`)
      const f = world.functions.get(name)
      if (!f) throw notFound(name)
      return { FunctionName: name, ...f }
    },
    async createFunction(p: {
      func: { name: string; runtime: string; installDependency: boolean; timeout: number; memorySize?: number }
      functionRootPath: string
    }) {
      record(`cb.createFunction ${p.func.name} runtime=${p.func.runtime} installDependency=${p.func.installDependency}`)
      world.functions.set(p.func.name, {
        Runtime: p.func.runtime,
        Timeout: p.func.timeout,
        MemorySize: p.func.memorySize ?? 256,
        Triggers: [],
      })
    },
    async updateFunctionConfig(f: { name: string; timeout?: number; memorySize?: number }) {
      record(`cb.updateFunctionConfig ${f.name} timeout=${f.timeout}${f.memorySize ? ` memorySize=${f.memorySize}` : ''}`)
      const x = world.functions.get(f.name)!
      x.Timeout = f.timeout ?? x.Timeout
      x.MemorySize = f.memorySize ?? x.MemorySize
    },
    async createFunctionTriggers(name: string, triggers: { name: string; type: string; config: string }[]) {
      record(`cb.createFunctionTriggers ${name} ${triggers.map((t) => `${t.name}=${t.config}`).join(',')}`)
      const f = world.functions.get(name)!
      for (const t of triggers) {
        if (f.Triggers.some((x) => x.TriggerName === t.name))
          throw Object.assign(new Error('trigger exists'), { code: 'ResourceInUse.Trigger' })
        f.Triggers.push({ TriggerName: t.name, Type: t.type, TriggerDesc: JSON.stringify({ cron: t.config }) })
      }
    },
    async deleteFunctionTrigger(name: string, triggerName: string) {
      record(`cb.deleteFunctionTrigger ${name} ${triggerName}`)
      const f = world.functions.get(name)!
      f.Triggers = f.Triggers.filter((t) => t.TriggerName !== triggerName)
    },
  }

  database = {
    async createCollectionIfNotExists(name: string) {
      record(`cb.createCollectionIfNotExists ${name}`)
      const existed = world.collections.has(name)
      if (!existed)
        world.collections.set(name, {
          indexes: [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }],
          acl: { AclTag: 'PRIVATE' },
        })
      return { IsCreated: !existed, ExistsResult: { Exists: existed } }
    },
    async describeCollection(name: string) {
      record(`cb.describeCollection ${name}`)
      return { Indexes: world.collections.get(name)!.indexes, IndexNum: world.collections.get(name)!.indexes.length }
    },
    async updateCollection(
      name: string,
      info: {
        CreateIndexes: { IndexName: string; MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: { Name: string; Direction: string }[] } }[]
      },
    ) {
      for (const i of info.CreateIndexes) {
        record(
          `cb.createIndex ${name}.${i.IndexName} ${i.MgoKeySchema.MgoIndexKeys.map((k) => `${k.Name}:${k.Direction}`).join(',')}${i.MgoKeySchema.MgoIsUnique ? ' unique' : ''}`,
        )
        world.collections
          .get(name)!
          .indexes.push({ Name: i.IndexName, Keys: i.MgoKeySchema.MgoIndexKeys, Unique: i.MgoKeySchema.MgoIsUnique })
      }
    },
  }

  commonService(service: string, version: string) {
    return {
      async call({ Action, Param }: { Action: string; Param: { EnvId: string; CollectionName: string; AclTag?: string; Rule?: string } }) {
        record(`cb.${service}@${version}.${Action} ${Param.CollectionName}${Param.Rule ? ` ${Param.AclTag} ${Param.Rule}` : ''}`)
        const c = world.collections.get(Param.CollectionName)!
        if (Action === 'DescribeSafeRule') return { ...c.acl, RequestId: 'r' }
        if (Action === 'ModifySafeRule') c.acl = { AclTag: String(Param.AclTag), Rule: Param.Rule }
        return { RequestId: 'r' }
      },
    }
  }
}
