import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed login. Kept in PostgreSQL rather than in memory so the limit holds across API instances and restarts.
 * `subject` is `email:<address>` or `ip:<address>`.
 */
@Entity('login_failure')
@Index('login_failure_subject_time', ['subject', 'occurredAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  subject: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
