import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommentEntity } from './comment.entity';

@ObjectType({ description: 'A comment on a proposal revision; replies point at their parent.' })
export class Comment {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The revision the comment was made on.' })
  revision: number;

  @Field(() => Int, { nullable: true, description: 'Index of the change it is about.' })
  changeIndex: number | null;

  @Field(() => String, { nullable: true, description: 'Paragraph it is about, within that change.' })
  paragraphPath: string | null;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to.' })
  replyTo: string | null;

  @Field(() => String, { nullable: true, description: 'Null once retracted.' })
  body: string | null;

  @Field()
  retracted: boolean;

  @Field(() => Int)
  editCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  retractedAt: Date | null;

  authorId: string;

  static from(entity: CommentEntity): Comment {
    return Object.assign(new Comment(), {
      id: entity.id,
      revision: entity.revisionNumber,
      changeIndex: entity.changeIndex,
      paragraphPath: entity.paragraphPath,
      replyTo: entity.parentId,
      body: entity.body,
      retracted: entity.retractedAt !== null,
      editCount: entity.editCount,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      retractedAt: entity.retractedAt,
      authorId: entity.authorId,
    });
  }
}
