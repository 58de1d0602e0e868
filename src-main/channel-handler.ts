import type { Channel, RequestOf, ResponseOf } from '../src-preload/contract'
import type { Result } from './result'

/** What answers one channel: its request, already checked against the channel's schema, in; a result out. */
type ChannelHandler<C extends Channel> = (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>

/** A handler for each channel of the contract. */
export type ChannelHandlers = { [C in Channel]: ChannelHandler<C> }
