import { createTransport } from 'nodemailer';

export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

export type Mailer = {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
};

/** Every e-mail leaves through this SMTP transport (a real server, or the embedded dev inbox). */
export function createMailer(options: { smtpUrl: string; from: string }): Mailer {
  const transport = createTransport(options.smtpUrl);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
