/**
 * statement_timeout behind PgBouncer in transaction mode. PgBouncer refuses startup parameters and hands
 * each transaction to whichever server connection is free, so a timeout can be neither a startup parameter
 * nor a session `SET` (it would leak to other clients of the pool). What survives pooling is a setting
 * scoped to one transaction: this wraps the postgres.js client so that every transaction it opens starts
 * with `SET LOCAL statement_timeout`, and every statement sent outside a transaction runs in one of its own.
 *
 * The cost is two extra round trips (begin, commit) per statement outside a transaction. Where that
 * matters, give the service's role the setting on the server instead (`ALTER ROLE … SET statement_timeout`,
 * applied by PostgreSQL when PgBouncer opens its server connections) and leave `statementTimeoutMs` unset.
 */
import type { Sql, TransactionSql } from 'postgres';

type Mode = 'rows' | 'values' | 'simple';

export function withTransactionTimeout(client: Sql, ms: number): Sql {
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`statementTimeoutMs must be a non-negative integer, got ${ms}`);
  const setLocal = `set local statement_timeout = ${ms}`;
  const begin = (...args: unknown[]) => {
    const fn = args.pop() as (tx: TransactionSql) => unknown;
    const wrapped = async (tx: TransactionSql) => {
      await tx.unsafe(setLocal);
      return fn(tx);
    };
    return (client.begin as (...a: unknown[]) => Promise<unknown>)(...args, wrapped);
  };
  // What drizzle calls for every query (`unsafe(text, params).values()` or awaited as rows). The query
  // runs lazily, like postgres.js's own, once awaited; the result is boxed so that `begin` does not
  // mistake a row array for a list of queries to await.
  const unsafe = (text: string, params?: unknown[], options?: object) => {
    let mode: Mode = 'rows';
    let run: Promise<unknown> | undefined;
    const exec = () =>
      begin(async (tx: TransactionSql) => {
        const q = tx.unsafe(text, params as never[], options);
        return { result: await (mode === 'values' ? q.values() : mode === 'simple' ? q.simple() : q) };
      }).then((boxed) => (boxed as { result: unknown }).result);
    const pending = {
      values() {
        mode = 'values';
        return pending;
      },
      simple() {
        mode = 'simple';
        return pending;
      },
      // biome-ignore lint/suspicious/noThenProperty: a lazy query is awaited like postgres.js's own.
      then(onOk?: (v: unknown) => unknown, onErr?: (e: unknown) => unknown) {
        run ??= exec();
        return run.then(onOk, onErr);
      },
      catch(onErr: (e: unknown) => unknown) {
        return pending.then(undefined, onErr);
      },
    };
    return pending;
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === 'begin') return begin;
      if (prop === 'unsafe') return unsafe;
      return Reflect.get(target, prop, receiver);
    },
  });
}
