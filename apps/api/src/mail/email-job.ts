import type { EntityManager } from '@marketplace/db';
import type { Language } from '@marketplace/domain';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';
import type { Mailer, OutgoingMail } from './mailer.ts';
import { type MailTemplate, renderMail } from './render.ts';

/** Every e-mail leaves through this job: retried for about an hour when the SMTP server is away. */
export function emailJob(mailer: Mailer): JobDefinition<OutgoingMail> {
  return {
    name: 'email.send',
    retryLimit: 8,
    retryDelaySeconds: 10,
    // SMTP sends in parallel: a burst of subscriptions must not wait for its e-mails one by one.
    batchSize: 10,
    async run(mail) {
      await mailer.send(mail);
    },
  };
}

export type MailOutbox = {
  /** Renders now (in the recipient's language, the other below) and sends as a job of the transaction. */
  send<P>(
    em: EntityManager,
    to: string,
    template: MailTemplate<P>,
    params: P,
    language: Language,
    /** A deterministic `id` makes a repeated send a no-op. */
    options?: { id?: string },
  ): Promise<void>;
};

export function mailOutbox(jobs: JobQueue, job: JobDefinition<OutgoingMail>): MailOutbox {
  return {
    async send(em, to, template, params, language, options = {}) {
      await jobs.enqueue(job, { to, ...renderMail(template, params, language) }, { em, ...options });
    },
  };
}
