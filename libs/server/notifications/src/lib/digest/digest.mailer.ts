import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@outloud/server-core';
import { createTransport, Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** nodemailer over SMTP_URL; absent when SMTP is not configured. */
@Injectable()
export class DigestMailer implements OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(private readonly config: AppConfig) {}

  get available(): boolean {
    return Boolean(this.config.get('SMTP_URL'));
  }

  async send(mail: Mail): Promise<void> {
    const url = this.config.get('SMTP_URL');
    if (!url) throw new Error('SMTP is not configured');
    this.transport ??= createTransport(url);
    await this.transport.sendMail({ from: this.config.get('MAIL_FROM'), ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
