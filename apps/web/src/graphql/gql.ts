/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n": typeof types.WhoAmIDocument,
    "\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  query MySecurity {\n    me { user { id secondFactorEnabled } }\n    mySessions { id current createdAt lastUsedAt expiresAt userAgent }\n  }\n": typeof types.MySecurityDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { accessToken expiresAt }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment { secret qrCodeDataUrl }\n  }\n": typeof types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) { codes }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) { id secondFactorEnabled }\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) { id }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { kind delivery weekday chosen }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { kind delivery weekday chosen }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query MyInbox($unreadOnly: Boolean, $first: Int, $after: String) {\n    myInbox(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      notifications {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind text link read createdAt } }\n      }\n    }\n  }\n": typeof types.MyInboxDocument,
    "\n  query UnreadCount {\n    myInbox(unreadOnly: true, first: 1) { unreadCount }\n  }\n": typeof types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sequence occurredAt redacted action actorKind actorId stateCode objectType objectId summary hash } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { valid checked firstBrokenSequence reason detail }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query BallotsOverview($delegation: Boolean!, $filter: BallotFilter, $first: Int, $after: String) {\n    myPendingBallots @include(if: $delegation) {\n      id\n      closesAt\n      rule\n      proposal { id reference revision { title } }\n    }\n    ballots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          rule\n          closesAt\n          closedAt\n          outcome\n          proposal { id reference revision { title } }\n          positions { state { id } position }\n        }\n      }\n    }\n  }\n": typeof types.BallotsOverviewDocument,
    "\n  query BallotPage($id: ID!) {\n    me {\n      state {\n        id\n        actingHeads { id current delegate { id } }\n      }\n    }\n    ballot(id: $id) {\n      id\n      status\n      rule\n      quorum\n      threshold\n      revision\n      openedAt\n      closesAt\n      closedAt\n      cancelReason\n      outcome\n      outcomeReason\n      eligibleCount\n      eligibleStates { id code name }\n      proposal { id reference revision { number title } }\n      positions {\n        state { id code name }\n        position\n        statement\n        castAt\n        castCapacity\n        castBy { id displayName }\n        history { position statement castAt castCapacity castBy { id displayName } }\n      }\n      tally { support abstain object reservation notVoted eligible }\n      verdictIfClosedNow { outcome reason tally { support abstain object reservation notVoted eligible } }\n    }\n  }\n": typeof types.BallotPageDocument,
    "\n  mutation CastPosition($input: CastPositionInput!) {\n    castPosition(input: $input) {\n      position\n      statement\n      castAt\n      state { id code name }\n      history { position statement castAt }\n    }\n  }\n": typeof types.CastPositionDocument,
    "\n  subscription BallotEvents($proposalId: ID) {\n    ballotEvents(proposalId: $proposalId) { type ballotId proposalId stateId position outcome }\n  }\n": typeof types.BallotEventsDocument,
    "\n  query DeliberationComments($proposalId: ID!, $after: String) {\n    proposal(id: $proposalId) {\n      id\n      status\n      comments(first: 500, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            revision\n            changeIndex\n            paragraphPath\n            replyTo\n            body\n            createdAt\n            editedAt\n            editCount\n            retracted\n            retractedAt\n            history { editedAt previousBody }\n            author { id displayName state { id code name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeliberationCommentsDocument,
    "\n  query DeliberationProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      revision {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeliberationProposalDocument,
    "\n  mutation AddDeliberationComment($input: AddCommentInput!) {\n    addComment(input: $input) { id revision changeIndex paragraphPath replyTo body }\n  }\n": typeof types.AddDeliberationCommentDocument,
    "\n  mutation EditDeliberationComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt editCount history { editedAt previousBody } }\n  }\n": typeof types.EditDeliberationCommentDocument,
    "\n  mutation RetractDeliberationComment($input: RetractCommentInput!) {\n    retractComment(input: $input) { id body retracted retractedAt history { editedAt previousBody } }\n  }\n": typeof types.RetractDeliberationCommentDocument,
    "\n  subscription DeliberationCommentEvents($proposalId: ID!) {\n    commentEvents(proposalId: $proposalId) { type commentId proposalId revision occurredAt }\n  }\n": typeof types.DeliberationCommentEventsDocument,
    "\n  query DraftingVocabulary {\n    latestRelease { version definitions { term text } }\n    listVocabulary { reasons { code name } regimes { code name } customsSchemes { code codeLengths } }\n  }\n": typeof types.DraftingVocabularyDocument,
    "\n  query DraftingBaseEntry($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      entry(code: $code) {\n        code heading status reasons definitions\n        paragraphs { path kind text }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n  }\n": typeof types.DraftingBaseEntryDocument,
    "\n  query DraftingBaseDefinitions($version: String!) {\n    release(version: $version) { version definitions { term text } }\n  }\n": typeof types.DraftingBaseDefinitionsDocument,
    "\n  query DraftingProposal($id: ID!) {\n    proposal(id: $id) {\n      id reference status currentRevision baseReleaseVersion\n      sponsor { code }\n      revision {\n        number title rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index kind code term\n          definition { term text }\n          entry {\n            code heading status reasons definitions\n            paragraphs { path kind text }\n            relatedControls { text references { regime code } }\n            correlations { scheme code relation }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DraftingProposalDocument,
    "\n  query ValidateDraftChanges($input: ValidateChangesInput!) {\n    validateChanges(input: $input) { valid baseVersion warnings problems { field message } }\n  }\n": typeof types.ValidateDraftChangesDocument,
    "\n  mutation CreateDraftProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { id reference currentRevision status }\n  }\n": typeof types.CreateDraftProposalDocument,
    "\n  mutation ReviseDraftProposal($input: ReviseProposalInput!) {\n    reviseProposal(input: $input) { id reference currentRevision status }\n  }\n": typeof types.ReviseDraftProposalDocument,
    "\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query ImplementationMatrix($first: Int, $after: String) {\n    implementationMatrix(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      states { id code name }\n      rows {\n        release { version }\n        cells { state { id } status legalReference entryIntoForce deviationCount revision }\n      }\n    }\n  }\n": typeof types.ImplementationMatrixDocument,
    "\n  query ImplementationDetail($version: String!) {\n    release(version: $version) {\n      version\n      implementations {\n        state { id code name }\n        status\n        legalReference\n        entryIntoForce\n        revision\n        recordedAt\n        recordedBy { id displayName }\n        deviations { entryCode reason explanation }\n      }\n    }\n  }\n": typeof types.ImplementationDetailDocument,
    "\n  mutation RecordImplementation($input: RecordImplementationInput!) {\n    recordImplementation(input: $input) {\n      status\n      legalReference\n      entryIntoForce\n      revision\n      recordedAt\n      deviationCount\n      state { id code name }\n      release { version }\n      deviations { entryCode reason explanation }\n    }\n  }\n": typeof types.RecordImplementationDocument,
    "\n  query ListReleases {\n    releases(first: 100) {\n      totalCount\n      edges { node { version status publishedAt effectiveFrom entryCount } }\n    }\n  }\n": typeof types.ListReleasesDocument,
    "\n  query ListVocabularyTerms {\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n": typeof types.ListVocabularyTermsDocument,
    "\n  query ListEntries($version: String!, $filter: EntryFilter, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { cursor node { code heading status reasons } }\n      }\n    }\n  }\n": typeof types.ListEntriesDocument,
    "\n  query EntryPage($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      status\n      authenticLanguages\n      definitions { term text }\n      entry(code: $code) {\n        code\n        heading\n        headingTexts { language text status stale recordedBy }\n        status\n        category\n        productGroup\n        reasons\n        definitions\n        paragraphs { position path kind text texts { language text status stale recordedBy } }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n    entryHistory(code: $code) { version publishedAt effectiveFrom change proposal }\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n": typeof types.EntryPageDocument,
    "\n  query ReleasePage($version: String!) {\n    release(version: $version) {\n      version\n      status\n      source\n      publishedAt\n      effectiveFrom\n      digest\n      authenticLanguages\n      entryCount\n      changes { subject code term kind proposal proposals }\n    }\n  }\n": typeof types.ReleasePageDocument,
    "\n  query ReleaseCompare($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        subject\n        code\n        term\n        kind\n        before\n        after\n        proposals\n        redline {\n          fields { field change segments { kind text } }\n          paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n        }\n        meaning {\n          meanings\n          parameters { path direction before { text } after { text } }\n          renumbered { oldPath newPath }\n        }\n      }\n    }\n  }\n": typeof types.ReleaseCompareDocument,
    "\n  query TranslationExchange($input: TranslationExchangeInput!) {\n    translationExchange(input: $input) { fileName units translated xliff }\n  }\n": typeof types.TranslationExchangeDocument,
    "\n  mutation ImportTranslations($input: ImportTranslationsInput!) {\n    importTranslations(input: $input) { version language dryRun state read written rejected defects { kind location message rejected } }\n  }\n": typeof types.ImportTranslationsDocument,
    "\n  query ProposalList($status: ProposalStatus, $statuses: [ProposalStatus!], $sponsor: String, $code: String, $search: String, $first: Int, $after: String) {\n    proposals(status: $status, statuses: $statuses, sponsor: $sponsor, code: $code, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node { id reference status currentRevision submittedAt commentCount sponsor { id code name } revision { number title } }\n      }\n    }\n  }\n": typeof types.ProposalListDocument,
    "\n  query ProposalFilterStates {\n    participatingStates { id code name }\n  }\n": typeof types.ProposalFilterStatesDocument,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      baseReleaseVersion\n      createdAt\n      submittedAt\n      decidedAt\n      commentCount\n      sponsor { id code name }\n      cosponsors { id code name }\n      revision {\n        number\n        title\n        rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n          }\n        }\n      }\n      revisions { number title createdAt baseReleaseVersion author { id displayName } }\n      ballots { id status outcome outcomeReason revision openedAt closesAt closedAt }\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  query ProposalRevisionTexts($id: ID!) {\n    proposal(id: $id) {\n      id\n      revisions {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          entry { code heading status reasons paragraphs { path kind text } }\n          definition { term text }\n        }\n      }\n    }\n  }\n": typeof types.ProposalRevisionTextsDocument,
    "\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) { id status currentRevision submittedAt cosponsors { id code name } }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation JoinProposal($input: ProposalActionInput!) {\n    joinProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n": typeof types.JoinProposalDocument,
    "\n  mutation LeaveProposal($input: ProposalActionInput!) {\n    leaveProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n": typeof types.LeaveProposalDocument,
    "\n  subscription ProposalEvents {\n    proposalEvents { proposalId reference revision status type occurredAt }\n  }\n": typeof types.ProposalEventsDocument,
    "\n  query RegistryStates {\n    participatingStates { id code name status }\n  }\n": typeof types.RegistryStatesDocument,
    "\n  mutation RegistryCreateState($input: CreateParticipatingStateInput!) {\n    createParticipatingState(input: $input) { id code name status }\n  }\n": typeof types.RegistryCreateStateDocument,
    "\n  mutation RegistryUpdateState($input: UpdateParticipatingStateInput!) {\n    updateParticipatingState(input: $input) { id code name status }\n  }\n": typeof types.RegistryUpdateStateDocument,
    "\n  query RegistryPeople($role: Role, $stateId: ID, $first: Int, $after: String) {\n    users(role: $role, stateId: $stateId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id displayName email role active secondFactorEnabled state { id code name } }\n      }\n    }\n  }\n": typeof types.RegistryPeopleDocument,
    "\n  mutation RegistryInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email }\n  }\n": typeof types.RegistryInviteUserDocument,
    "\n  mutation RegistryUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { id active }\n  }\n": typeof types.RegistryUpdateUserDocument,
    "\n  mutation RegistryIssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { id }\n  }\n": typeof types.RegistryIssuePasswordResetDocument,
    "\n  query RegistryApiClients($first: Int, $after: String) {\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id name keyId scopes createdAt lastUsedAt revokedAt state { id code name } webhooks { id url } }\n      }\n    }\n  }\n": typeof types.RegistryApiClientsDocument,
    "\n  mutation RegistryCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiKey\n      apiClient { id name keyId }\n    }\n  }\n": typeof types.RegistryCreateApiClientDocument,
    "\n  mutation RegistryRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) { id revokedAt }\n  }\n": typeof types.RegistryRevokeApiClientDocument,
    "\n  query RegistryWebhook($id: ID!) {\n    webhook(id: $id) { id url events createdAt scope { prefixes codes } }\n    webhookDeliveries(webhookId: $id) {\n      id eventType status attempts nextAttemptAt lastStatusCode lastError createdAt completedAt\n      attemptLog { number attemptedAt statusCode error durationMs }\n    }\n  }\n": typeof types.RegistryWebhookDocument,
    "\n  mutation RegistryRedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) { id status }\n  }\n": typeof types.RegistryRedeliverWebhookDocument,
    "\n  query ReleasesPage($first: Int, $after: String) {\n    releases(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { version status publishedAt effectiveFrom digest entryCount signature { keyId algorithm } }\n      }\n    }\n  }\n": typeof types.ReleasesPageDocument,
    "\n  query ReleaseExportEntries($version: String!, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { node { code category productGroup heading status reasons definitions paragraphs { position path kind text } } }\n      }\n    }\n  }\n": typeof types.ReleaseExportEntriesDocument,
    "\n  query ReleasePrint($version: String!) {\n    release(version: $version) {\n      version\n      status\n      effectiveFrom\n      publishedAt\n      digest\n      entryCount\n      definitions { term text }\n    }\n  }\n": typeof types.ReleasePrintDocument,
    "\n  query InProcess($statuses: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          reference\n          status\n          currentRevision\n          sponsor { code name }\n          revision { title }\n          ballot { id status closesAt rule }\n        }\n      }\n    }\n  }\n": typeof types.InProcessDocument,
    "\n  mutation OpenBallotFromConsole($input: OpenBallotInput!) {\n    openBallot(input: $input) { id status closesAt }\n  }\n": typeof types.OpenBallotFromConsoleDocument,
    "\n  mutation ExtendBallotFromConsole($input: ExtendBallotInput!) {\n    extendBallot(input: $input) { id closesAt }\n  }\n": typeof types.ExtendBallotFromConsoleDocument,
    "\n  mutation CloseBallotFromConsole($input: CloseBallotInput!) {\n    closeBallot(input: $input) { id status outcome }\n  }\n": typeof types.CloseBallotFromConsoleDocument,
    "\n  mutation CancelBallotFromConsole($input: CancelBallotInput!) {\n    cancelBallot(input: $input) { id status }\n  }\n": typeof types.CancelBallotFromConsoleDocument,
    "\n  mutation ReturnProposalFromConsole($input: ReturnProposalInput!) {\n    returnProposal(input: $input) { id status }\n  }\n": typeof types.ReturnProposalFromConsoleDocument,
    "\n  fragment DraftFields on ReleaseDraft {\n    baseVersion\n    suggestedVersion\n    publishable\n    summary { entries active reserved definitions }\n    proposals { id reference title decidedAt }\n    conflicts { kind message code term proposals }\n    changes {\n      kind\n      subject\n      code\n      term\n      proposals\n      redline {\n        fields { field change segments { kind text } }\n        paragraphs { path kind change segments { kind text } }\n      }\n    }\n  }\n": typeof types.DraftFieldsFragmentDoc,
    "\n  query WorkingDraft {\n    workingDraft { ...DraftFields }\n  }\n": typeof types.WorkingDraftDocument,
    "\n  query PreviewNextRelease($input: PreviewReleaseInput!) {\n    previewRelease(input: $input) { ...DraftFields }\n  }\n": typeof types.PreviewNextReleaseDocument,
    "\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      digest\n      effectiveFrom\n      entryCount\n      signature { algorithm keyId value }\n    }\n  }\n": typeof types.PublishReleaseDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n": types.SignInDocument,
    "\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n": types.WhoAmIDocument,
    "\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n": types.SaveLocaleDocument,
    "\n  query MySecurity {\n    me { user { id secondFactorEnabled } }\n    mySessions { id current createdAt lastUsedAt expiresAt userAgent }\n  }\n": types.MySecurityDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { accessToken expiresAt }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment { secret qrCodeDataUrl }\n  }\n": types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) { codes }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) { id secondFactorEnabled }\n  }\n": types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) { id }\n  }\n": types.RevokeSessionDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { kind delivery weekday chosen }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { kind delivery weekday chosen }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query MyInbox($unreadOnly: Boolean, $first: Int, $after: String) {\n    myInbox(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      notifications {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind text link read createdAt } }\n      }\n    }\n  }\n": types.MyInboxDocument,
    "\n  query UnreadCount {\n    myInbox(unreadOnly: true, first: 1) { unreadCount }\n  }\n": types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sequence occurredAt redacted action actorKind actorId stateCode objectType objectId summary hash } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { valid checked firstBrokenSequence reason detail }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query BallotsOverview($delegation: Boolean!, $filter: BallotFilter, $first: Int, $after: String) {\n    myPendingBallots @include(if: $delegation) {\n      id\n      closesAt\n      rule\n      proposal { id reference revision { title } }\n    }\n    ballots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          rule\n          closesAt\n          closedAt\n          outcome\n          proposal { id reference revision { title } }\n          positions { state { id } position }\n        }\n      }\n    }\n  }\n": types.BallotsOverviewDocument,
    "\n  query BallotPage($id: ID!) {\n    me {\n      state {\n        id\n        actingHeads { id current delegate { id } }\n      }\n    }\n    ballot(id: $id) {\n      id\n      status\n      rule\n      quorum\n      threshold\n      revision\n      openedAt\n      closesAt\n      closedAt\n      cancelReason\n      outcome\n      outcomeReason\n      eligibleCount\n      eligibleStates { id code name }\n      proposal { id reference revision { number title } }\n      positions {\n        state { id code name }\n        position\n        statement\n        castAt\n        castCapacity\n        castBy { id displayName }\n        history { position statement castAt castCapacity castBy { id displayName } }\n      }\n      tally { support abstain object reservation notVoted eligible }\n      verdictIfClosedNow { outcome reason tally { support abstain object reservation notVoted eligible } }\n    }\n  }\n": types.BallotPageDocument,
    "\n  mutation CastPosition($input: CastPositionInput!) {\n    castPosition(input: $input) {\n      position\n      statement\n      castAt\n      state { id code name }\n      history { position statement castAt }\n    }\n  }\n": types.CastPositionDocument,
    "\n  subscription BallotEvents($proposalId: ID) {\n    ballotEvents(proposalId: $proposalId) { type ballotId proposalId stateId position outcome }\n  }\n": types.BallotEventsDocument,
    "\n  query DeliberationComments($proposalId: ID!, $after: String) {\n    proposal(id: $proposalId) {\n      id\n      status\n      comments(first: 500, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            revision\n            changeIndex\n            paragraphPath\n            replyTo\n            body\n            createdAt\n            editedAt\n            editCount\n            retracted\n            retractedAt\n            history { editedAt previousBody }\n            author { id displayName state { id code name } }\n          }\n        }\n      }\n    }\n  }\n": types.DeliberationCommentsDocument,
    "\n  query DeliberationProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      revision {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } }\n          }\n        }\n      }\n    }\n  }\n": types.DeliberationProposalDocument,
    "\n  mutation AddDeliberationComment($input: AddCommentInput!) {\n    addComment(input: $input) { id revision changeIndex paragraphPath replyTo body }\n  }\n": types.AddDeliberationCommentDocument,
    "\n  mutation EditDeliberationComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt editCount history { editedAt previousBody } }\n  }\n": types.EditDeliberationCommentDocument,
    "\n  mutation RetractDeliberationComment($input: RetractCommentInput!) {\n    retractComment(input: $input) { id body retracted retractedAt history { editedAt previousBody } }\n  }\n": types.RetractDeliberationCommentDocument,
    "\n  subscription DeliberationCommentEvents($proposalId: ID!) {\n    commentEvents(proposalId: $proposalId) { type commentId proposalId revision occurredAt }\n  }\n": types.DeliberationCommentEventsDocument,
    "\n  query DraftingVocabulary {\n    latestRelease { version definitions { term text } }\n    listVocabulary { reasons { code name } regimes { code name } customsSchemes { code codeLengths } }\n  }\n": types.DraftingVocabularyDocument,
    "\n  query DraftingBaseEntry($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      entry(code: $code) {\n        code heading status reasons definitions\n        paragraphs { path kind text }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n  }\n": types.DraftingBaseEntryDocument,
    "\n  query DraftingBaseDefinitions($version: String!) {\n    release(version: $version) { version definitions { term text } }\n  }\n": types.DraftingBaseDefinitionsDocument,
    "\n  query DraftingProposal($id: ID!) {\n    proposal(id: $id) {\n      id reference status currentRevision baseReleaseVersion\n      sponsor { code }\n      revision {\n        number title rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index kind code term\n          definition { term text }\n          entry {\n            code heading status reasons definitions\n            paragraphs { path kind text }\n            relatedControls { text references { regime code } }\n            correlations { scheme code relation }\n          }\n        }\n      }\n    }\n  }\n": types.DraftingProposalDocument,
    "\n  query ValidateDraftChanges($input: ValidateChangesInput!) {\n    validateChanges(input: $input) { valid baseVersion warnings problems { field message } }\n  }\n": types.ValidateDraftChangesDocument,
    "\n  mutation CreateDraftProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { id reference currentRevision status }\n  }\n": types.CreateDraftProposalDocument,
    "\n  mutation ReviseDraftProposal($input: ReviseProposalInput!) {\n    reviseProposal(input: $input) { id reference currentRevision status }\n  }\n": types.ReviseDraftProposalDocument,
    "\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n": types.OverviewDocument,
    "\n  query ImplementationMatrix($first: Int, $after: String) {\n    implementationMatrix(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      states { id code name }\n      rows {\n        release { version }\n        cells { state { id } status legalReference entryIntoForce deviationCount revision }\n      }\n    }\n  }\n": types.ImplementationMatrixDocument,
    "\n  query ImplementationDetail($version: String!) {\n    release(version: $version) {\n      version\n      implementations {\n        state { id code name }\n        status\n        legalReference\n        entryIntoForce\n        revision\n        recordedAt\n        recordedBy { id displayName }\n        deviations { entryCode reason explanation }\n      }\n    }\n  }\n": types.ImplementationDetailDocument,
    "\n  mutation RecordImplementation($input: RecordImplementationInput!) {\n    recordImplementation(input: $input) {\n      status\n      legalReference\n      entryIntoForce\n      revision\n      recordedAt\n      deviationCount\n      state { id code name }\n      release { version }\n      deviations { entryCode reason explanation }\n    }\n  }\n": types.RecordImplementationDocument,
    "\n  query ListReleases {\n    releases(first: 100) {\n      totalCount\n      edges { node { version status publishedAt effectiveFrom entryCount } }\n    }\n  }\n": types.ListReleasesDocument,
    "\n  query ListVocabularyTerms {\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n": types.ListVocabularyTermsDocument,
    "\n  query ListEntries($version: String!, $filter: EntryFilter, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { cursor node { code heading status reasons } }\n      }\n    }\n  }\n": types.ListEntriesDocument,
    "\n  query EntryPage($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      status\n      authenticLanguages\n      definitions { term text }\n      entry(code: $code) {\n        code\n        heading\n        headingTexts { language text status stale recordedBy }\n        status\n        category\n        productGroup\n        reasons\n        definitions\n        paragraphs { position path kind text texts { language text status stale recordedBy } }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n    entryHistory(code: $code) { version publishedAt effectiveFrom change proposal }\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n": types.EntryPageDocument,
    "\n  query ReleasePage($version: String!) {\n    release(version: $version) {\n      version\n      status\n      source\n      publishedAt\n      effectiveFrom\n      digest\n      authenticLanguages\n      entryCount\n      changes { subject code term kind proposal proposals }\n    }\n  }\n": types.ReleasePageDocument,
    "\n  query ReleaseCompare($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        subject\n        code\n        term\n        kind\n        before\n        after\n        proposals\n        redline {\n          fields { field change segments { kind text } }\n          paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n        }\n        meaning {\n          meanings\n          parameters { path direction before { text } after { text } }\n          renumbered { oldPath newPath }\n        }\n      }\n    }\n  }\n": types.ReleaseCompareDocument,
    "\n  query TranslationExchange($input: TranslationExchangeInput!) {\n    translationExchange(input: $input) { fileName units translated xliff }\n  }\n": types.TranslationExchangeDocument,
    "\n  mutation ImportTranslations($input: ImportTranslationsInput!) {\n    importTranslations(input: $input) { version language dryRun state read written rejected defects { kind location message rejected } }\n  }\n": types.ImportTranslationsDocument,
    "\n  query ProposalList($status: ProposalStatus, $statuses: [ProposalStatus!], $sponsor: String, $code: String, $search: String, $first: Int, $after: String) {\n    proposals(status: $status, statuses: $statuses, sponsor: $sponsor, code: $code, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node { id reference status currentRevision submittedAt commentCount sponsor { id code name } revision { number title } }\n      }\n    }\n  }\n": types.ProposalListDocument,
    "\n  query ProposalFilterStates {\n    participatingStates { id code name }\n  }\n": types.ProposalFilterStatesDocument,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      baseReleaseVersion\n      createdAt\n      submittedAt\n      decidedAt\n      commentCount\n      sponsor { id code name }\n      cosponsors { id code name }\n      revision {\n        number\n        title\n        rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n          }\n        }\n      }\n      revisions { number title createdAt baseReleaseVersion author { id displayName } }\n      ballots { id status outcome outcomeReason revision openedAt closesAt closedAt }\n    }\n  }\n": types.ProposalPageDocument,
    "\n  query ProposalRevisionTexts($id: ID!) {\n    proposal(id: $id) {\n      id\n      revisions {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          entry { code heading status reasons paragraphs { path kind text } }\n          definition { term text }\n        }\n      }\n    }\n  }\n": types.ProposalRevisionTextsDocument,
    "\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) { id status currentRevision submittedAt cosponsors { id code name } }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n": types.WithdrawProposalDocument,
    "\n  mutation JoinProposal($input: ProposalActionInput!) {\n    joinProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n": types.JoinProposalDocument,
    "\n  mutation LeaveProposal($input: ProposalActionInput!) {\n    leaveProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n": types.LeaveProposalDocument,
    "\n  subscription ProposalEvents {\n    proposalEvents { proposalId reference revision status type occurredAt }\n  }\n": types.ProposalEventsDocument,
    "\n  query RegistryStates {\n    participatingStates { id code name status }\n  }\n": types.RegistryStatesDocument,
    "\n  mutation RegistryCreateState($input: CreateParticipatingStateInput!) {\n    createParticipatingState(input: $input) { id code name status }\n  }\n": types.RegistryCreateStateDocument,
    "\n  mutation RegistryUpdateState($input: UpdateParticipatingStateInput!) {\n    updateParticipatingState(input: $input) { id code name status }\n  }\n": types.RegistryUpdateStateDocument,
    "\n  query RegistryPeople($role: Role, $stateId: ID, $first: Int, $after: String) {\n    users(role: $role, stateId: $stateId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id displayName email role active secondFactorEnabled state { id code name } }\n      }\n    }\n  }\n": types.RegistryPeopleDocument,
    "\n  mutation RegistryInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email }\n  }\n": types.RegistryInviteUserDocument,
    "\n  mutation RegistryUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { id active }\n  }\n": types.RegistryUpdateUserDocument,
    "\n  mutation RegistryIssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { id }\n  }\n": types.RegistryIssuePasswordResetDocument,
    "\n  query RegistryApiClients($first: Int, $after: String) {\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id name keyId scopes createdAt lastUsedAt revokedAt state { id code name } webhooks { id url } }\n      }\n    }\n  }\n": types.RegistryApiClientsDocument,
    "\n  mutation RegistryCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiKey\n      apiClient { id name keyId }\n    }\n  }\n": types.RegistryCreateApiClientDocument,
    "\n  mutation RegistryRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) { id revokedAt }\n  }\n": types.RegistryRevokeApiClientDocument,
    "\n  query RegistryWebhook($id: ID!) {\n    webhook(id: $id) { id url events createdAt scope { prefixes codes } }\n    webhookDeliveries(webhookId: $id) {\n      id eventType status attempts nextAttemptAt lastStatusCode lastError createdAt completedAt\n      attemptLog { number attemptedAt statusCode error durationMs }\n    }\n  }\n": types.RegistryWebhookDocument,
    "\n  mutation RegistryRedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) { id status }\n  }\n": types.RegistryRedeliverWebhookDocument,
    "\n  query ReleasesPage($first: Int, $after: String) {\n    releases(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { version status publishedAt effectiveFrom digest entryCount signature { keyId algorithm } }\n      }\n    }\n  }\n": types.ReleasesPageDocument,
    "\n  query ReleaseExportEntries($version: String!, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { node { code category productGroup heading status reasons definitions paragraphs { position path kind text } } }\n      }\n    }\n  }\n": types.ReleaseExportEntriesDocument,
    "\n  query ReleasePrint($version: String!) {\n    release(version: $version) {\n      version\n      status\n      effectiveFrom\n      publishedAt\n      digest\n      entryCount\n      definitions { term text }\n    }\n  }\n": types.ReleasePrintDocument,
    "\n  query InProcess($statuses: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          reference\n          status\n          currentRevision\n          sponsor { code name }\n          revision { title }\n          ballot { id status closesAt rule }\n        }\n      }\n    }\n  }\n": types.InProcessDocument,
    "\n  mutation OpenBallotFromConsole($input: OpenBallotInput!) {\n    openBallot(input: $input) { id status closesAt }\n  }\n": types.OpenBallotFromConsoleDocument,
    "\n  mutation ExtendBallotFromConsole($input: ExtendBallotInput!) {\n    extendBallot(input: $input) { id closesAt }\n  }\n": types.ExtendBallotFromConsoleDocument,
    "\n  mutation CloseBallotFromConsole($input: CloseBallotInput!) {\n    closeBallot(input: $input) { id status outcome }\n  }\n": types.CloseBallotFromConsoleDocument,
    "\n  mutation CancelBallotFromConsole($input: CancelBallotInput!) {\n    cancelBallot(input: $input) { id status }\n  }\n": types.CancelBallotFromConsoleDocument,
    "\n  mutation ReturnProposalFromConsole($input: ReturnProposalInput!) {\n    returnProposal(input: $input) { id status }\n  }\n": types.ReturnProposalFromConsoleDocument,
    "\n  fragment DraftFields on ReleaseDraft {\n    baseVersion\n    suggestedVersion\n    publishable\n    summary { entries active reserved definitions }\n    proposals { id reference title decidedAt }\n    conflicts { kind message code term proposals }\n    changes {\n      kind\n      subject\n      code\n      term\n      proposals\n      redline {\n        fields { field change segments { kind text } }\n        paragraphs { path kind change segments { kind text } }\n      }\n    }\n  }\n": types.DraftFieldsFragmentDoc,
    "\n  query WorkingDraft {\n    workingDraft { ...DraftFields }\n  }\n": types.WorkingDraftDocument,
    "\n  query PreviewNextRelease($input: PreviewReleaseInput!) {\n    previewRelease(input: $input) { ...DraftFields }\n  }\n": types.PreviewNextReleaseDocument,
    "\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      digest\n      effectiveFrom\n      entryCount\n      signature { algorithm keyId value }\n    }\n  }\n": types.PublishReleaseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecurity {\n    me { user { id secondFactorEnabled } }\n    mySessions { id current createdAt lastUsedAt expiresAt userAgent }\n  }\n"): (typeof documents)["\n  query MySecurity {\n    me { user { id secondFactorEnabled } }\n    mySessions { id current createdAt lastUsedAt expiresAt userAgent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { accessToken expiresAt }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { accessToken expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment { secret qrCodeDataUrl }\n  }\n"): (typeof documents)["\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment { secret qrCodeDataUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) { codes }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) { codes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) { id secondFactorEnabled }\n  }\n"): (typeof documents)["\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) { id secondFactorEnabled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences { kind delivery weekday chosen }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences { kind delivery weekday chosen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { kind delivery weekday chosen }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { kind delivery weekday chosen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInbox($unreadOnly: Boolean, $first: Int, $after: String) {\n    myInbox(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      notifications {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind text link read createdAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInbox($unreadOnly: Boolean, $first: Int, $after: String) {\n    myInbox(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      notifications {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind text link read createdAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    myInbox(unreadOnly: true, first: 1) { unreadCount }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    myInbox(unreadOnly: true, first: 1) { unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sequence occurredAt redacted action actorKind actorId stateCode objectType objectId summary hash } }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sequence occurredAt redacted action actorKind actorId stateCode objectType objectId summary hash } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain { valid checked firstBrokenSequence reason detail }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain { valid checked firstBrokenSequence reason detail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BallotsOverview($delegation: Boolean!, $filter: BallotFilter, $first: Int, $after: String) {\n    myPendingBallots @include(if: $delegation) {\n      id\n      closesAt\n      rule\n      proposal { id reference revision { title } }\n    }\n    ballots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          rule\n          closesAt\n          closedAt\n          outcome\n          proposal { id reference revision { title } }\n          positions { state { id } position }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BallotsOverview($delegation: Boolean!, $filter: BallotFilter, $first: Int, $after: String) {\n    myPendingBallots @include(if: $delegation) {\n      id\n      closesAt\n      rule\n      proposal { id reference revision { title } }\n    }\n    ballots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          rule\n          closesAt\n          closedAt\n          outcome\n          proposal { id reference revision { title } }\n          positions { state { id } position }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BallotPage($id: ID!) {\n    me {\n      state {\n        id\n        actingHeads { id current delegate { id } }\n      }\n    }\n    ballot(id: $id) {\n      id\n      status\n      rule\n      quorum\n      threshold\n      revision\n      openedAt\n      closesAt\n      closedAt\n      cancelReason\n      outcome\n      outcomeReason\n      eligibleCount\n      eligibleStates { id code name }\n      proposal { id reference revision { number title } }\n      positions {\n        state { id code name }\n        position\n        statement\n        castAt\n        castCapacity\n        castBy { id displayName }\n        history { position statement castAt castCapacity castBy { id displayName } }\n      }\n      tally { support abstain object reservation notVoted eligible }\n      verdictIfClosedNow { outcome reason tally { support abstain object reservation notVoted eligible } }\n    }\n  }\n"): (typeof documents)["\n  query BallotPage($id: ID!) {\n    me {\n      state {\n        id\n        actingHeads { id current delegate { id } }\n      }\n    }\n    ballot(id: $id) {\n      id\n      status\n      rule\n      quorum\n      threshold\n      revision\n      openedAt\n      closesAt\n      closedAt\n      cancelReason\n      outcome\n      outcomeReason\n      eligibleCount\n      eligibleStates { id code name }\n      proposal { id reference revision { number title } }\n      positions {\n        state { id code name }\n        position\n        statement\n        castAt\n        castCapacity\n        castBy { id displayName }\n        history { position statement castAt castCapacity castBy { id displayName } }\n      }\n      tally { support abstain object reservation notVoted eligible }\n      verdictIfClosedNow { outcome reason tally { support abstain object reservation notVoted eligible } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastPosition($input: CastPositionInput!) {\n    castPosition(input: $input) {\n      position\n      statement\n      castAt\n      state { id code name }\n      history { position statement castAt }\n    }\n  }\n"): (typeof documents)["\n  mutation CastPosition($input: CastPositionInput!) {\n    castPosition(input: $input) {\n      position\n      statement\n      castAt\n      state { id code name }\n      history { position statement castAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BallotEvents($proposalId: ID) {\n    ballotEvents(proposalId: $proposalId) { type ballotId proposalId stateId position outcome }\n  }\n"): (typeof documents)["\n  subscription BallotEvents($proposalId: ID) {\n    ballotEvents(proposalId: $proposalId) { type ballotId proposalId stateId position outcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliberationComments($proposalId: ID!, $after: String) {\n    proposal(id: $proposalId) {\n      id\n      status\n      comments(first: 500, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            revision\n            changeIndex\n            paragraphPath\n            replyTo\n            body\n            createdAt\n            editedAt\n            editCount\n            retracted\n            retractedAt\n            history { editedAt previousBody }\n            author { id displayName state { id code name } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliberationComments($proposalId: ID!, $after: String) {\n    proposal(id: $proposalId) {\n      id\n      status\n      comments(first: 500, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            revision\n            changeIndex\n            paragraphPath\n            replyTo\n            body\n            createdAt\n            editedAt\n            editCount\n            retracted\n            retractedAt\n            history { editedAt previousBody }\n            author { id displayName state { id code name } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliberationProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      revision {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliberationProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      revision {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDeliberationComment($input: AddCommentInput!) {\n    addComment(input: $input) { id revision changeIndex paragraphPath replyTo body }\n  }\n"): (typeof documents)["\n  mutation AddDeliberationComment($input: AddCommentInput!) {\n    addComment(input: $input) { id revision changeIndex paragraphPath replyTo body }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditDeliberationComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt editCount history { editedAt previousBody } }\n  }\n"): (typeof documents)["\n  mutation EditDeliberationComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt editCount history { editedAt previousBody } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractDeliberationComment($input: RetractCommentInput!) {\n    retractComment(input: $input) { id body retracted retractedAt history { editedAt previousBody } }\n  }\n"): (typeof documents)["\n  mutation RetractDeliberationComment($input: RetractCommentInput!) {\n    retractComment(input: $input) { id body retracted retractedAt history { editedAt previousBody } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliberationCommentEvents($proposalId: ID!) {\n    commentEvents(proposalId: $proposalId) { type commentId proposalId revision occurredAt }\n  }\n"): (typeof documents)["\n  subscription DeliberationCommentEvents($proposalId: ID!) {\n    commentEvents(proposalId: $proposalId) { type commentId proposalId revision occurredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftingVocabulary {\n    latestRelease { version definitions { term text } }\n    listVocabulary { reasons { code name } regimes { code name } customsSchemes { code codeLengths } }\n  }\n"): (typeof documents)["\n  query DraftingVocabulary {\n    latestRelease { version definitions { term text } }\n    listVocabulary { reasons { code name } regimes { code name } customsSchemes { code codeLengths } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftingBaseEntry($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      entry(code: $code) {\n        code heading status reasons definitions\n        paragraphs { path kind text }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftingBaseEntry($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      entry(code: $code) {\n        code heading status reasons definitions\n        paragraphs { path kind text }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftingBaseDefinitions($version: String!) {\n    release(version: $version) { version definitions { term text } }\n  }\n"): (typeof documents)["\n  query DraftingBaseDefinitions($version: String!) {\n    release(version: $version) { version definitions { term text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftingProposal($id: ID!) {\n    proposal(id: $id) {\n      id reference status currentRevision baseReleaseVersion\n      sponsor { code }\n      revision {\n        number title rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index kind code term\n          definition { term text }\n          entry {\n            code heading status reasons definitions\n            paragraphs { path kind text }\n            relatedControls { text references { regime code } }\n            correlations { scheme code relation }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftingProposal($id: ID!) {\n    proposal(id: $id) {\n      id reference status currentRevision baseReleaseVersion\n      sponsor { code }\n      revision {\n        number title rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index kind code term\n          definition { term text }\n          entry {\n            code heading status reasons definitions\n            paragraphs { path kind text }\n            relatedControls { text references { regime code } }\n            correlations { scheme code relation }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidateDraftChanges($input: ValidateChangesInput!) {\n    validateChanges(input: $input) { valid baseVersion warnings problems { field message } }\n  }\n"): (typeof documents)["\n  query ValidateDraftChanges($input: ValidateChangesInput!) {\n    validateChanges(input: $input) { valid baseVersion warnings problems { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraftProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { id reference currentRevision status }\n  }\n"): (typeof documents)["\n  mutation CreateDraftProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { id reference currentRevision status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseDraftProposal($input: ReviseProposalInput!) {\n    reviseProposal(input: $input) { id reference currentRevision status }\n  }\n"): (typeof documents)["\n  mutation ReviseDraftProposal($input: ReviseProposalInput!) {\n    reviseProposal(input: $input) { id reference currentRevision status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n"): (typeof documents)["\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationMatrix($first: Int, $after: String) {\n    implementationMatrix(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      states { id code name }\n      rows {\n        release { version }\n        cells { state { id } status legalReference entryIntoForce deviationCount revision }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationMatrix($first: Int, $after: String) {\n    implementationMatrix(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      states { id code name }\n      rows {\n        release { version }\n        cells { state { id } status legalReference entryIntoForce deviationCount revision }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationDetail($version: String!) {\n    release(version: $version) {\n      version\n      implementations {\n        state { id code name }\n        status\n        legalReference\n        entryIntoForce\n        revision\n        recordedAt\n        recordedBy { id displayName }\n        deviations { entryCode reason explanation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationDetail($version: String!) {\n    release(version: $version) {\n      version\n      implementations {\n        state { id code name }\n        status\n        legalReference\n        entryIntoForce\n        revision\n        recordedAt\n        recordedBy { id displayName }\n        deviations { entryCode reason explanation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordImplementation($input: RecordImplementationInput!) {\n    recordImplementation(input: $input) {\n      status\n      legalReference\n      entryIntoForce\n      revision\n      recordedAt\n      deviationCount\n      state { id code name }\n      release { version }\n      deviations { entryCode reason explanation }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordImplementation($input: RecordImplementationInput!) {\n    recordImplementation(input: $input) {\n      status\n      legalReference\n      entryIntoForce\n      revision\n      recordedAt\n      deviationCount\n      state { id code name }\n      release { version }\n      deviations { entryCode reason explanation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListReleases {\n    releases(first: 100) {\n      totalCount\n      edges { node { version status publishedAt effectiveFrom entryCount } }\n    }\n  }\n"): (typeof documents)["\n  query ListReleases {\n    releases(first: 100) {\n      totalCount\n      edges { node { version status publishedAt effectiveFrom entryCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListVocabularyTerms {\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n"): (typeof documents)["\n  query ListVocabularyTerms {\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListEntries($version: String!, $filter: EntryFilter, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { cursor node { code heading status reasons } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListEntries($version: String!, $filter: EntryFilter, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { cursor node { code heading status reasons } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryPage($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      status\n      authenticLanguages\n      definitions { term text }\n      entry(code: $code) {\n        code\n        heading\n        headingTexts { language text status stale recordedBy }\n        status\n        category\n        productGroup\n        reasons\n        definitions\n        paragraphs { position path kind text texts { language text status stale recordedBy } }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n    entryHistory(code: $code) { version publishedAt effectiveFrom change proposal }\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n"): (typeof documents)["\n  query EntryPage($version: String!, $code: String!) {\n    release(version: $version) {\n      version\n      status\n      authenticLanguages\n      definitions { term text }\n      entry(code: $code) {\n        code\n        heading\n        headingTexts { language text status stale recordedBy }\n        status\n        category\n        productGroup\n        reasons\n        definitions\n        paragraphs { position path kind text texts { language text status stale recordedBy } }\n        relatedControls { text references { regime code } }\n        correlations { scheme code relation }\n      }\n    }\n    entryHistory(code: $code) { version publishedAt effectiveFrom change proposal }\n    listVocabulary { reasons { code name } regimes { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleasePage($version: String!) {\n    release(version: $version) {\n      version\n      status\n      source\n      publishedAt\n      effectiveFrom\n      digest\n      authenticLanguages\n      entryCount\n      changes { subject code term kind proposal proposals }\n    }\n  }\n"): (typeof documents)["\n  query ReleasePage($version: String!) {\n    release(version: $version) {\n      version\n      status\n      source\n      publishedAt\n      effectiveFrom\n      digest\n      authenticLanguages\n      entryCount\n      changes { subject code term kind proposal proposals }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseCompare($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        subject\n        code\n        term\n        kind\n        before\n        after\n        proposals\n        redline {\n          fields { field change segments { kind text } }\n          paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n        }\n        meaning {\n          meanings\n          parameters { path direction before { text } after { text } }\n          renumbered { oldPath newPath }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReleaseCompare($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        subject\n        code\n        term\n        kind\n        before\n        after\n        proposals\n        redline {\n          fields { field change segments { kind text } }\n          paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n        }\n        meaning {\n          meanings\n          parameters { path direction before { text } after { text } }\n          renumbered { oldPath newPath }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationExchange($input: TranslationExchangeInput!) {\n    translationExchange(input: $input) { fileName units translated xliff }\n  }\n"): (typeof documents)["\n  query TranslationExchange($input: TranslationExchangeInput!) {\n    translationExchange(input: $input) { fileName units translated xliff }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTranslations($input: ImportTranslationsInput!) {\n    importTranslations(input: $input) { version language dryRun state read written rejected defects { kind location message rejected } }\n  }\n"): (typeof documents)["\n  mutation ImportTranslations($input: ImportTranslationsInput!) {\n    importTranslations(input: $input) { version language dryRun state read written rejected defects { kind location message rejected } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalList($status: ProposalStatus, $statuses: [ProposalStatus!], $sponsor: String, $code: String, $search: String, $first: Int, $after: String) {\n    proposals(status: $status, statuses: $statuses, sponsor: $sponsor, code: $code, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node { id reference status currentRevision submittedAt commentCount sponsor { id code name } revision { number title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalList($status: ProposalStatus, $statuses: [ProposalStatus!], $sponsor: String, $code: String, $search: String, $first: Int, $after: String) {\n    proposals(status: $status, statuses: $statuses, sponsor: $sponsor, code: $code, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node { id reference status currentRevision submittedAt commentCount sponsor { id code name } revision { number title } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalFilterStates {\n    participatingStates { id code name }\n  }\n"): (typeof documents)["\n  query ProposalFilterStates {\n    participatingStates { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      baseReleaseVersion\n      createdAt\n      submittedAt\n      decidedAt\n      commentCount\n      sponsor { id code name }\n      cosponsors { id code name }\n      revision {\n        number\n        title\n        rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n          }\n        }\n      }\n      revisions { number title createdAt baseReleaseVersion author { id displayName } }\n      ballots { id status outcome outcomeReason revision openedAt closesAt closedAt }\n    }\n  }\n"): (typeof documents)["\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      status\n      currentRevision\n      baseReleaseVersion\n      createdAt\n      submittedAt\n      decidedAt\n      commentCount\n      sponsor { id code name }\n      cosponsors { id code name }\n      revision {\n        number\n        title\n        rationale\n        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }\n        changes {\n          index\n          kind\n          code\n          term\n          redline {\n            fields { field change segments { kind text } }\n            paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }\n          }\n        }\n      }\n      revisions { number title createdAt baseReleaseVersion author { id displayName } }\n      ballots { id status outcome outcomeReason revision openedAt closesAt closedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalRevisionTexts($id: ID!) {\n    proposal(id: $id) {\n      id\n      revisions {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          entry { code heading status reasons paragraphs { path kind text } }\n          definition { term text }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalRevisionTexts($id: ID!) {\n    proposal(id: $id) {\n      id\n      revisions {\n        number\n        title\n        changes {\n          index\n          kind\n          code\n          term\n          entry { code heading status reasons paragraphs { path kind text } }\n          definition { term text }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) { id status currentRevision submittedAt cosponsors { id code name } }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) { id status currentRevision submittedAt cosponsors { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinProposal($input: ProposalActionInput!) {\n    joinProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n"): (typeof documents)["\n  mutation JoinProposal($input: ProposalActionInput!) {\n    joinProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveProposal($input: ProposalActionInput!) {\n    leaveProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n"): (typeof documents)["\n  mutation LeaveProposal($input: ProposalActionInput!) {\n    leaveProposal(input: $input) { id status currentRevision cosponsors { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalEvents {\n    proposalEvents { proposalId reference revision status type occurredAt }\n  }\n"): (typeof documents)["\n  subscription ProposalEvents {\n    proposalEvents { proposalId reference revision status type occurredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryStates {\n    participatingStates { id code name status }\n  }\n"): (typeof documents)["\n  query RegistryStates {\n    participatingStates { id code name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreateState($input: CreateParticipatingStateInput!) {\n    createParticipatingState(input: $input) { id code name status }\n  }\n"): (typeof documents)["\n  mutation RegistryCreateState($input: CreateParticipatingStateInput!) {\n    createParticipatingState(input: $input) { id code name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryUpdateState($input: UpdateParticipatingStateInput!) {\n    updateParticipatingState(input: $input) { id code name status }\n  }\n"): (typeof documents)["\n  mutation RegistryUpdateState($input: UpdateParticipatingStateInput!) {\n    updateParticipatingState(input: $input) { id code name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryPeople($role: Role, $stateId: ID, $first: Int, $after: String) {\n    users(role: $role, stateId: $stateId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id displayName email role active secondFactorEnabled state { id code name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryPeople($role: Role, $stateId: ID, $first: Int, $after: String) {\n    users(role: $role, stateId: $stateId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id displayName email role active secondFactorEnabled state { id code name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email }\n  }\n"): (typeof documents)["\n  mutation RegistryInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { id active }\n  }\n"): (typeof documents)["\n  mutation RegistryUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { id active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryIssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RegistryIssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryApiClients($first: Int, $after: String) {\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id name keyId scopes createdAt lastUsedAt revokedAt state { id code name } webhooks { id url } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryApiClients($first: Int, $after: String) {\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id name keyId scopes createdAt lastUsedAt revokedAt state { id code name } webhooks { id url } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiKey\n      apiClient { id name keyId }\n    }\n  }\n"): (typeof documents)["\n  mutation RegistryCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiKey\n      apiClient { id name keyId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) { id revokedAt }\n  }\n"): (typeof documents)["\n  mutation RegistryRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) { id revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryWebhook($id: ID!) {\n    webhook(id: $id) { id url events createdAt scope { prefixes codes } }\n    webhookDeliveries(webhookId: $id) {\n      id eventType status attempts nextAttemptAt lastStatusCode lastError createdAt completedAt\n      attemptLog { number attemptedAt statusCode error durationMs }\n    }\n  }\n"): (typeof documents)["\n  query RegistryWebhook($id: ID!) {\n    webhook(id: $id) { id url events createdAt scope { prefixes codes } }\n    webhookDeliveries(webhookId: $id) {\n      id eventType status attempts nextAttemptAt lastStatusCode lastError createdAt completedAt\n      attemptLog { number attemptedAt statusCode error durationMs }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryRedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation RegistryRedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleasesPage($first: Int, $after: String) {\n    releases(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { version status publishedAt effectiveFrom digest entryCount signature { keyId algorithm } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReleasesPage($first: Int, $after: String) {\n    releases(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { version status publishedAt effectiveFrom digest entryCount signature { keyId algorithm } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseExportEntries($version: String!, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { node { code category productGroup heading status reasons definitions paragraphs { position path kind text } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReleaseExportEntries($version: String!, $first: Int, $after: String) {\n    release(version: $version) {\n      version\n      entries(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { node { code category productGroup heading status reasons definitions paragraphs { position path kind text } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleasePrint($version: String!) {\n    release(version: $version) {\n      version\n      status\n      effectiveFrom\n      publishedAt\n      digest\n      entryCount\n      definitions { term text }\n    }\n  }\n"): (typeof documents)["\n  query ReleasePrint($version: String!) {\n    release(version: $version) {\n      version\n      status\n      effectiveFrom\n      publishedAt\n      digest\n      entryCount\n      definitions { term text }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InProcess($statuses: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          reference\n          status\n          currentRevision\n          sponsor { code name }\n          revision { title }\n          ballot { id status closesAt rule }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InProcess($statuses: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          reference\n          status\n          currentRevision\n          sponsor { code name }\n          revision { title }\n          ballot { id status closesAt rule }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBallotFromConsole($input: OpenBallotInput!) {\n    openBallot(input: $input) { id status closesAt }\n  }\n"): (typeof documents)["\n  mutation OpenBallotFromConsole($input: OpenBallotInput!) {\n    openBallot(input: $input) { id status closesAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendBallotFromConsole($input: ExtendBallotInput!) {\n    extendBallot(input: $input) { id closesAt }\n  }\n"): (typeof documents)["\n  mutation ExtendBallotFromConsole($input: ExtendBallotInput!) {\n    extendBallot(input: $input) { id closesAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBallotFromConsole($input: CloseBallotInput!) {\n    closeBallot(input: $input) { id status outcome }\n  }\n"): (typeof documents)["\n  mutation CloseBallotFromConsole($input: CloseBallotInput!) {\n    closeBallot(input: $input) { id status outcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBallotFromConsole($input: CancelBallotInput!) {\n    cancelBallot(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation CancelBallotFromConsole($input: CancelBallotInput!) {\n    cancelBallot(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnProposalFromConsole($input: ReturnProposalInput!) {\n    returnProposal(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation ReturnProposalFromConsole($input: ReturnProposalInput!) {\n    returnProposal(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftFields on ReleaseDraft {\n    baseVersion\n    suggestedVersion\n    publishable\n    summary { entries active reserved definitions }\n    proposals { id reference title decidedAt }\n    conflicts { kind message code term proposals }\n    changes {\n      kind\n      subject\n      code\n      term\n      proposals\n      redline {\n        fields { field change segments { kind text } }\n        paragraphs { path kind change segments { kind text } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DraftFields on ReleaseDraft {\n    baseVersion\n    suggestedVersion\n    publishable\n    summary { entries active reserved definitions }\n    proposals { id reference title decidedAt }\n    conflicts { kind message code term proposals }\n    changes {\n      kind\n      subject\n      code\n      term\n      proposals\n      redline {\n        fields { field change segments { kind text } }\n        paragraphs { path kind change segments { kind text } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingDraft {\n    workingDraft { ...DraftFields }\n  }\n"): (typeof documents)["\n  query WorkingDraft {\n    workingDraft { ...DraftFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewNextRelease($input: PreviewReleaseInput!) {\n    previewRelease(input: $input) { ...DraftFields }\n  }\n"): (typeof documents)["\n  query PreviewNextRelease($input: PreviewReleaseInput!) {\n    previewRelease(input: $input) { ...DraftFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      digest\n      effectiveFrom\n      entryCount\n      signature { algorithm keyId value }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      digest\n      effectiveFrom\n      entryCount\n      signature { algorithm keyId value }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;