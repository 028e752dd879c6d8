/** How far a text in a language binds: agreed as law, or offered for information. */
export enum TextStatus {
  /** Agreed through a proposal and a ballot, carried by the signed release. */
  AUTHENTIC = 'AUTHENTIC',
  /** Recorded by a delegation for information. */
  TRANSLATION = 'TRANSLATION',
  /** Produced by a machine; never authentic, labelled wherever shown. */
  MACHINE = 'MACHINE',
}

/** What a translation unit renders: a paragraph of one kind, an entry's heading, or a definition. */
export enum TextKind {
  ITEM = 'ITEM',
  NOTE = 'NOTE',
  TECHNICAL_NOTE = 'TECHNICAL_NOTE',
  NB = 'NB',
  DECONTROL_NOTE = 'DECONTROL_NOTE',
  HEADING = 'HEADING',
  DEFINITION = 'DEFINITION',
}

export type RecordedStatus = TextStatus.TRANSLATION | TextStatus.MACHINE;
