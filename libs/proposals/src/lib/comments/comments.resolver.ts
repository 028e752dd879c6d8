import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission, User, UsersService } from '@concord/auth';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { AddCommentInput } from './add-comment.input';
import { EditCommentInput } from './edit-comment.input';
import { RetractCommentInput } from './retract-comment.input';
import { Comment } from './comment.model';
import { CommentEdit } from './comment-edit.model';
import { CommentsService } from './comments.service';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => Comment)
  @Authorize(Permission.COMMENT)
  async addComment(@CurrentActor() actor: Actor, @Args('input') input: AddCommentInput): Promise<Comment> {
    return Comment.from(await this.comments.add(actor, input));
  }

  @Mutation(() => Comment)
  @Authorize(Permission.COMMENT)
  async editComment(@CurrentActor() actor: Actor, @Args('input') input: EditCommentInput): Promise<Comment> {
    return Comment.from(await this.comments.edit(actor, input));
  }

  @Mutation(() => Comment)
  @Authorize(Permission.COMMENT)
  async retractComment(@CurrentActor() actor: Actor, @Args('input') input: RetractCommentInput): Promise<Comment> {
    return Comment.from(await this.comments.retract(actor, input));
  }

  @ResolveField(() => User)
  async author(@Parent() comment: Comment, @Loaders() loaders: RequestLoaders): Promise<User> {
    return User.from((await loaders.get(this.users.byIdLoader).load(comment.authorId))!);
  }

  @ResolveField(() => [CommentEdit], { description: 'Earlier texts, oldest first; emptied when the comment is retracted.' })
  async history(@Parent() comment: Comment, @Loaders() loaders: RequestLoaders): Promise<CommentEdit[]> {
    if (comment.retracted) return [];
    return (await loaders.get(this.comments.historyOf).load(comment.id)).map(CommentEdit.from);
  }
}
