import { Field, ObjectType } from '@nestjs/graphql';
import { CommentEditEntity } from './comment-edit.entity';

@ObjectType()
export class CommentEdit {
  @Field({ description: 'The text as it was before this edit.' })
  previousBody: string;

  @Field()
  editedAt: Date;

  static from(entity: CommentEditEntity): CommentEdit {
    return Object.assign(new CommentEdit(), { previousBody: entity.previousBody, editedAt: entity.editedAt });
  }
}
