import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { checkedKey, checkedRange, StoredObjectMissingError, type ArchiveStorage } from "./archive-storage";

export interface S3StorageOptions {
  bucket: string;
  /** The SDK's client: made from the configuration (storage-config.ts), or one a test gives its own HTTP handler. */
  client: S3Client;
}

/**
 * Archives as objects of one S3(-compatible) bucket, keyed like the folder's
 * files. Files are uploaded in parts of 8 MB as they are read from disk
 * (lib-storage's Upload), so neither side holds a whole archive.
 */
export function createS3Storage({ bucket, client }: S3StorageOptions): ArchiveStorage {
  const where = `the S3 bucket ${bucket}`;
  const size = async (key: string): Promise<number | null> => {
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: checkedKey(key) }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  };
  return {
    description: where,
    workDirectory: path.join(os.tmpdir(), "provenance-archives"),
    size,
    async putFile(key, file) {
      try {
        if ((await size(key)) !== null) return;
        const upload = new Upload({
          client,
          params: { Bucket: bucket, Key: checkedKey(key), Body: createReadStream(file), ContentType: "application/zip" },
          partSize: 8 * 1024 * 1024,
          queueSize: 2,
        });
        await upload.done();
      } finally {
        await rm(file, { force: true });
      }
    },
    async read(key, range) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: checkedKey(key), ...(range ? { Range: rangeHeader(range) } : {}) }),
        );
        if (!(object.Body instanceof Readable)) throw new Error(`${where} answered ${key} without a body stream.`);
        return object.Body;
      } catch (error) {
        if (isNotFound(error)) throw new StoredObjectMissingError(key, where);
        throw error;
      }
    },
  };
}

function rangeHeader(range: { start: number; end: number }): string {
  const { start, end } = checkedRange(range);
  return `bytes=${start}-${end - 1}`;
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === "NoSuchKey" || error.name === "NotFound");
}
