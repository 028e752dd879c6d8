import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A second factor offered: scan the QR code (or type the secret), then confirm with a code.' })
export class TotpEnrolment {
  @Field({ description: 'Base32 secret, for typing into an authenticator by hand.' })
  secret: string;

  @Field({ description: 'otpauth://totp/… URI, what the QR code encodes.' })
  otpauthUri: string;

  @Field({ description: 'The QR code as an SVG document, drawn on the server (no third party sees the secret).' })
  qrCodeSvg: string;

  @Field({ description: 'The same QR code as a data: URL (PNG), for an <img>.' })
  qrCodeDataUrl: string;
}
