import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export enum StateStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  OBSERVER = 'OBSERVER',
}

@Entity('participating_state')
@Unique('participating_state_code_unique', ['code'])
@Check('participating_state_code_iso_alpha2', `"code" ~ '^[A-Z]{2}$'`)
@Check('participating_state_status_known', `"status" IN ('ACTIVE', 'SUSPENDED', 'OBSERVER')`)
@Check('participating_state_name_present', `length(btrim("name")) BETWEEN 1 AND 120`)
export class ParticipatingStateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** char(2) pads in PostgreSQL; the transformer trims once, so no reader has to. */
  @Column({ type: 'char', length: 2, transformer: { to: (code: string) => code, from: (code: string | null) => code?.trim() ?? code } })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: StateStatus.ACTIVE })
  status: StateStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
