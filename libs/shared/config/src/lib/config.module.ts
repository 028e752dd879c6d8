import { DynamicModule, Global, Inject, Module } from '@nestjs/common';
import { Clock } from './clock';
import { ConcordConfig } from './config';

export const CONCORD_CONFIG = Symbol('CONCORD_CONFIG');

export const InjectConfig = () => Inject(CONCORD_CONFIG);

@Global()
@Module({})
export class ConcordConfigModule {
  static forRoot(config: ConcordConfig): DynamicModule {
    return {
      module: ConcordConfigModule,
      providers: [{ provide: CONCORD_CONFIG, useValue: Object.freeze({ ...config }) }, Clock],
      exports: [CONCORD_CONFIG, Clock],
    };
  }
}
