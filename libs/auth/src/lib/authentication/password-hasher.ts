import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';

@Injectable()
export class PasswordHasher {
  /** Compared against when the email is unknown, so both failures cost the same time. */
  private readonly decoy: Promise<string>;

  constructor(@InjectConfig() private readonly config: ConcordConfig) {
    this.decoy = bcrypt.hash('decoy-password-never-matches', config.passwordHashCost);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.passwordHashCost);
  }

  async verify(password: string, hash: string | undefined): Promise<boolean> {
    const matches = await bcrypt.compare(password, hash ?? (await this.decoy));
    return hash !== undefined && matches;
  }
}
